package vn.nq57.reporting.submission;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import vn.nq57.reporting.catalog.PlanImporter;
import vn.nq57.reporting.system.FreshSchema;
import vn.nq57.reporting.system.TestPlans;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON API on a real web server and MariaDB: a unit's system reports with its bearer
 * token; the same validation answers with JSON field paths; the token opens nothing else
 * on the server.
 */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.main.web-application-type=servlet")
@ActiveProfiles("test")
@Import(FreshSchema.class)
class SubmissionApiTests {

	@LocalServerPort
	int port;

	@Autowired
	PlanImporter plans;

	@Autowired
	UnitTokens tokens;

	@Autowired
	SubmissionMapper submissions;

	@Autowired
	UnitTokenMapper tokenRows;

	final HttpClient http = HttpClient.newHttpClient();

	String police;

	@BeforeEach
	void givenKienAnAndAPoliceToken() {
		this.plans.importText("plans/kien-an.yaml", TestPlans.text("kien-an.yaml"));
		this.police = this.tokens.issue("KIEN-AN", "CA", "hệ thống VNeID").token();
	}

	@Test
	void unitSystemSubmitsJsonAndGetsItsVersion() throws Exception {
		String body = """
				{"plan": "KIEN-AN", "reportType": "monthly", "period": "2026-09", "submittedBy": "Hệ thống báo cáo CA",
				 "values": [{"indicator": "KA-29", "value": 72.5, "note": "Số liệu ngày 14/9"},
				            {"indicator": "KA-28", "numerator": 1200, "denominator": 15000}],
				 "progress": [{"task": "KA-T06", "status": "IN_PROGRESS", "percentDone": 60}],
				 "narrative": {"difficulties": "Thiếu thiết bị đọc thẻ."}}""";

		HttpResponse<String> response = post(this.police, body);

		assertThat(response.statusCode()).isEqualTo(201);
		JsonNode answer = json(response);
		assertThat(answer.get("status").asString()).isEqualTo("ACCEPTED");
		assertThat(answer.get("version").asInt()).isEqualTo(1);
		StoredReceipt receipt = this.submissions.findReceipt(answer.get("receipt").asLong());
		assertThat(new String(receipt.payload(), StandardCharsets.UTF_8)).isEqualTo(body);
		assertThat(receipt.channel()).isEqualTo("API");
		assertThat(this.submissions.findVersions("KIEN-AN", "CA", "MONTHLY", "2026-09"))
			.extracting(StoredSubmission::status)
			.containsExactly("ACCEPTED");
	}

	@Test
	void invalidValuesAreAnsweredWithFieldPathsAndKept() throws Exception {
		String body = """
				{"reportType": "monthly", "period": "2026-10",
				 "values": [{"indicator": "KA-29", "value": "khoảng 70"},
				            {"indicator": "KA-28", "numerator": 20000, "denominator": 15000},
				            {"indicator": "KA-01", "value": 90}]}""";

		HttpResponse<String> response = post(this.police, body);

		assertThat(response.statusCode()).isEqualTo(422);
		JsonNode errors = json(response).get("errors");
		assertThat(errors).hasSize(3);
		assertThat(errors.get(0).get("code").asString()).isEqualTo("NOT_A_NUMBER");
		assertThat(errors.get(0).get("field").asString()).isEqualTo("values[0].value");
		assertThat(errors.get(0).get("message").asString()).startsWith("Ô này cần một số, nhưng có «khoảng 70».");
		assertThat(errors.get(1).get("code").asString()).isEqualTo("NUMERATOR_EXCEEDS_DENOMINATOR");
		assertThat(errors.get(1).get("field").asString()).isEqualTo("values[1].numerator");
		assertThat(errors.get(2).get("code").asString()).isEqualTo("INDICATOR_NOT_TRACKED");
		long receipt = json(response).get("receipt").asLong();
		assertThat(this.submissions.findReceipt(receipt).status()).isEqualTo("REJECTED");
		assertThat(this.submissions.findErrors(receipt)).extracting(StoredError::location)
			.containsExactly("trường values[0].value", "trường values[1].numerator", "trường values[2].indicator");
	}

	@Test
	void aTokenCannotSpeakForAnotherUnit() throws Exception {
		HttpResponse<String> response = post(this.police, """
				{"unit": "VHXH", "reportType": "monthly", "period": "2026-10",
				 "values": [{"indicator": "KA-01", "value": 90}]}""");

		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(json(response).at("/errors/0/message").asString())
			.isEqualTo("Mã truy cập được cấp cho đơn vị CA, không gửi thay đơn vị «VHXH» được.");
	}

	@Test
	void malformedJsonIsRefusedAndKept() throws Exception {
		HttpResponse<String> response = post(this.police, "{\"values\": [");

		assertThat(response.statusCode()).isEqualTo(422);
		JsonNode answer = json(response);
		assertThat(answer.at("/errors/0/code").asString()).isEqualTo("FILE_UNREADABLE");
		assertThat(this.submissions.findReceipt(answer.get("receipt").asLong()).payload())
			.isEqualTo("{\"values\": [".getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void withoutAValidTokenNothingIsAccepted() throws Exception {
		String body = "{\"reportType\": \"monthly\", \"period\": \"2026-10\"}";
		assertThat(post(null, body).statusCode()).isEqualTo(401);
		assertThat(post("nq57_not-a-real-token", body).statusCode()).isEqualTo(401);

		UnitTokens.Issued revoked = this.tokens.issue("KIEN-AN", "KT", null);
		this.tokens.revoke(revoked.id());
		assertThat(post(revoked.token(), body).statusCode()).isEqualTo(401);
	}

	@Test
	void tokensAreStoredOnlyAsHashes() {
		UnitTokens.Issued issued = this.tokens.issue("KIEN-AN", "KT", null);

		String stored = this.tokenRows.findHash(issued.id());

		assertThat(stored).doesNotContain(issued.token()).hasSize(64).isEqualTo(UnitTokens.hash(issued.token()));
	}

	@Test
	void theTokenOpensNothingButSubmitting() throws Exception {
		assertThat(send(HttpRequest.newBuilder(uri("/api/v1/submissions")).GET(), this.police).statusCode())
			.isEqualTo(403);
		assertThat(send(HttpRequest.newBuilder(uri("/api/v1/submissions/1")).GET(), this.police).statusCode())
			.isEqualTo(403);
		// a unit's token opens nothing else: not the console's API, not its pages
		assertThat(send(HttpRequest.newBuilder(uri("/api/runs")).GET(), this.police).statusCode()).isEqualTo(401);
		assertThat(send(HttpRequest.newBuilder(uri("/")).GET(), this.police).statusCode() / 100).as("not served")
			.isNotEqualTo(2);
		assertThat(send(HttpRequest.newBuilder(uri("/unit")).GET(), this.police).statusCode() / 100).as("not served")
			.isNotEqualTo(2);
	}

	@Test
	@Tag("faults")
	void narrativeOf70000CharactersIsRefusedWith422AndKeptNot500() throws Exception {
		String body = "{\"reportType\": \"monthly\", \"period\": \"2025-01\", "
				+ "\"values\": [{\"indicator\": \"KA-29\", \"value\": 70}], \"narrative\": {\"results\": \""
				+ "a".repeat(70_000) + "\"}}";

		HttpResponse<String> response = post(this.police, body);

		assertThat(response.statusCode()).isEqualTo(422);
		JsonNode answer = json(response);
		assertThat(answer.at("/errors/0/code").asString()).isEqualTo("TEXT_TOO_LONG");
		assertThat(answer.at("/errors/0/field").asString()).isEqualTo("narrative.results");
		assertKept(answer.get("receipt").asLong(), body, "TEXT_TOO_LONG");
	}

	@Test
	@Tag("faults")
	void valuesOf1e400NaNAndInfinityAreNotNumbersNot500() throws Exception {
		String body = """
				{"reportType": "monthly", "period": "2025-05",
				 "values": [{"indicator": "KA-29", "value": 1e400},
				            {"indicator": "KA-28", "numerator": NaN, "denominator": Infinity}]}""";

		HttpResponse<String> response = post(this.police, body);

		assertThat(response.statusCode()).isEqualTo(422);
		JsonNode errors = json(response).get("errors");
		assertThat(errors).extracting(e -> e.get("code").asString() + " " + e.get("field").asString())
			.containsExactly("NOT_A_NUMBER values[0].value", "NOT_A_NUMBER values[1].numerator",
					"NOT_A_NUMBER values[1].denominator");
		assertThat(errors.get(1).get("message").asString()).startsWith("Giá trị «NaN» không phải một số hữu hạn");
		assertKept(json(response).get("receipt").asLong(), body, "NOT_A_NUMBER", "NOT_A_NUMBER", "NOT_A_NUMBER");
	}

	@Test
	@Tag("faults")
	void reportTypeOf70000CharactersIsRefusedWithAMessageThatFitsNot500() throws Exception {
		String body = "{\"reportType\": \"" + "m".repeat(70_000)
				+ "\", \"period\": \"2025-05\", \"values\": [{\"indicator\": \"KA-29\", \"value\": 70}]}";

		HttpResponse<String> response = post(this.police, body);

		assertThat(response.statusCode()).isEqualTo(422);
		JsonNode answer = json(response);
		assertThat(answer.at("/errors/0/code").asString()).isEqualTo("REPORT_TYPE_INVALID");
		assertThat(answer.at("/errors/0/message").asString()).hasSizeLessThan(300);
		assertKept(answer.get("receipt").asLong(), body, "REPORT_TYPE_INVALID");
	}

	@Test
	@Tag("faults")
	void sameBodySentAgainIsAnsweredWithTheVersionAlreadyMade() throws Exception {
		String body = """
				{"reportType": "monthly", "period": "2025-03", "values": [{"indicator": "KA-29", "value": 64}]}""";
		JsonNode first = json(post(this.police, body));

		HttpResponse<String> again = post(this.police, body);

		assertThat(again.statusCode()).isEqualTo(200);
		JsonNode answer = json(again);
		assertThat(answer.get("status").asString()).isEqualTo("ACCEPTED");
		assertThat(answer.get("duplicate").asBoolean()).isTrue();
		assertThat(answer.get("version").asInt()).isEqualTo(1);
		assertThat(answer.get("firstReceipt").asLong()).isEqualTo(first.get("receipt").asLong());
		assertThat(this.submissions.findVersions("KIEN-AN", "CA", "MONTHLY", "2025-03")).hasSize(1);
		StoredReceipt kept = this.submissions.findReceipt(answer.get("receipt").asLong());
		assertThat(kept.status()).isEqualTo("DUPLICATE");
		assertThat(kept.duplicateOf()).isEqualTo(first.get("receipt").asLong());
		assertThat(kept.sender()).startsWith("api-token:");
		assertThat(json(post(this.police, body.replace("64", "65"))).get("version").asInt())
			.as("other bytes are a new version")
			.isEqualTo(2);
	}

	@Test
	void decomposedAccentsAreReadAsTheCatalogsWords() throws Exception {
		String status = java.text.Normalizer.normalize("Đang thực hiện", java.text.Normalizer.Form.NFD);
		String body = "{\"reportType\": \"monthly\", \"period\": \"2025-04\", "
				+ "\"progress\": [{\"task\": \"KA-T06\", \"status\": \"" + status + "\", \"percentDone\": 60}]}";

		HttpResponse<String> response = post(this.police, body);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
	}

	private void assertKept(long receiptId, String body, String... codes) {
		StoredReceipt receipt = this.submissions.findReceipt(receiptId);
		assertThat(receipt.status()).isEqualTo("REJECTED");
		assertThat(receipt.payload()).isEqualTo(body.getBytes(StandardCharsets.UTF_8));
		assertThat(receipt.sizeBytes()).isEqualTo(body.getBytes(StandardCharsets.UTF_8).length);
		assertThat(this.submissions.findErrors(receiptId)).extracting(StoredError::code).containsExactly(codes);
	}

	private HttpResponse<String> post(String token, String body) throws Exception {
		return send(HttpRequest.newBuilder(uri("/api/v1/submissions"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), token);
	}

	private HttpResponse<String> send(HttpRequest.Builder request, String token) throws Exception {
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private static JsonNode json(HttpResponse<String> response) {
		return JsonMapper.builder().build().readTree(response.body());
	}

}

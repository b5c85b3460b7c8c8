package vn.nq57.reporting.attainment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.nq57.reporting.attainment.TargetReadingTable.Row;

/**
 * Every distinct target wording found in the five source plans (shared/seeds) and their
 * catalogs (plans/*.yaml), and the forms the domain notes name, with the reading expected
 * of each. The table is src/test/resources/attainment/target-readings.psv (see its header
 * for the columns); column "source" is the seed file number (000–004), the plan code, or
 * "domain" for wordings the domain notes or the brief name that the plans do not.
 */
class TargetReaderTests {

	static Stream<Row> wordings() {
		return TargetReadingTable.rows().stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("wordings")
	void readsEveryWordingOfTheFivePlans(Row row) {
		Target target = TargetReader.read(row.text(), row.unit(), row.direction());

		assertThat(target.text()).as("original text is kept").isEqualTo(row.text());
		assertThat(target.kind()).isEqualTo(row.kind());
		assertThat(target.comparator()).isEqualTo(row.comparator());
		assertThat(target.perYear()).isEqualTo(row.perYear());
		assertThat(target.unit()).isEqualTo(row.unit());
		assertThat(target.direction()).isEqualTo(row.direction());
		if (row.value() == null) {
			assertThat(target.value()).isNull();
		}
		else {
			assertThat(target.value()).isEqualByComparingTo(row.value());
		}
		if (row.upper() == null) {
			assertThat(target.upper()).isNull();
		}
		else {
			assertThat(target.upper()).isEqualByComparingTo(row.upper());
		}
		if (row.kind() == TargetKind.NUMERIC || row.kind() == TargetKind.RANGE) {
			assertThat(target.qualifier()).isEqualTo(row.qualifier());
		}
		assertThat(target.isNumeric()).isEqualTo(row.kind() == TargetKind.NUMERIC || row.kind() == TargetKind.RANGE);
	}

	@Test
	void tableCoversEverySeedFileAndTheDomainList() {
		List<String> sources = wordings().flatMap(row -> row.sources().stream()).distinct().toList();

		assertThat(sources).contains("000", "001", "002", "003", "004", "domain");
		assertThat(sources).allSatisfy(source -> assertThat(source).as("a seed number, a plan code or \"domain\"")
			.matches("00[0-4]|domain|[A-Z][A-Z0-9-]*"));
		assertThat(wordings().count()).isGreaterThanOrEqualTo(150);
	}

	@Test
	void qualitativeTargetKeepsItsWordsForTheReport() {
		Target target = TargetReader.read("Tiên tiến, hiện đại.", MeasureUnit.TEXT, Direction.HIGHER_IS_BETTER);

		assertThat(target.kind()).isEqualTo(TargetKind.QUALITATIVE);
		assertThat(target.text()).isEqualTo("Tiên tiến, hiện đại.");
		assertThat(target.describe()).isEqualTo("Tiên tiến, hiện đại");
	}

	@Test
	void nullTextIsNoTargetNotAnError() {
		assertThat(TargetReader.read(null, MeasureUnit.PERCENT, Direction.HIGHER_IS_BETTER).kind())
			.isEqualTo(TargetKind.NONE);
	}

	@Test
	void readerNeverThrowsOnOddWordings() {
		List<String> odd = List.of("%", "≥", "≥ %", "- 5 -", "1.2.3", "1,2,3", ",5", "5,", "(", ")", "6G", "..;", "đến",
				"từ đến", "45 - ", "45 - đến", "năm 2030", "12/2026", "∞", "10^3", "１０", "٣");
		for (String text : odd) {
			for (MeasureUnit unit : MeasureUnit.values()) {
				assertThatCode(() -> TargetReader.read(text, unit, Direction.HIGHER_IS_BETTER)).as(text)
					.doesNotThrowAnyException();
			}
		}
	}

}

package vn.nq57.reporting.run;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import vn.nq57.reporting.attainment.Period;
import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.catalog.CatalogMapper;
import vn.nq57.reporting.catalog.PlanImporter;
import vn.nq57.reporting.catalog.StoredPlanVersion;
import vn.nq57.reporting.system.DatabaseTest;
import vn.nq57.reporting.system.TestPlans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The run claim: renewed while its run works, so a long run is never taken for dead;
 * taken over at once from a process of this machine that is gone, its half-done runs
 * marked failed; a live holder elsewhere keeps it until it stops renewing it.
 */
@DatabaseTest
@Tag("faults")
@TestPropertySource(properties = { "reports.run-claim.expiry=2s", "reports.run-claim.heartbeat=300ms" })
class RunClaimsTests {

	@Autowired
	RunClaims claims;

	@Autowired
	RunClaimMapper mapper;

	@Autowired
	PlanImporter importer;

	@Autowired
	CatalogMapper catalog;

	@Autowired
	ReportRunLauncher launcher;

	@Autowired
	ReportRunMapper runs;

	@Autowired
	JdbcTemplate jdbc;

	StoredPlanVersion plan;

	@BeforeEach
	void givenKienAn() {
		this.importer.importText("plans/kien-an.yaml", TestPlans.text("kien-an.yaml"));
		this.plan = this.catalog.findLatestVersion("KIEN-AN");
	}

	@Test
	void aRunLongerThanTheExpiryKeepsItsClaimBecauseItIsRenewed() throws Exception {
		Period period = Period.month(2031, 1);
		try (RunClaims.Claim held = this.claims.claim(this.plan.planId(), "KIEN-AN", period)) {
			Thread.sleep(Duration.ofSeconds(4).toMillis());

			assertThat(this.mapper.findClaim(this.plan.planId(), "MONTHLY", "2031-01").ageSeconds()).isLessThan(2);
			assertThatExceptionOfType(RunInProgressException.class)
				.isThrownBy(() -> this.claims.claim(this.plan.planId(), "KIEN-AN", period));
		}
	}

	@Test
	void aClaimOfAProcessOfThisMachineThatIsGoneIsTakenOverAtOnceAndItsRunsCanBeContinued() throws Exception {
		long runId = this.launcher.run("KIEN-AN", ReportType.MONTHLY, "2031-02", false).run().id();
		// as a process killed in the middle of the run leaves it
		this.jdbc.update("UPDATE report_run SET status = 'STARTED', finished_at = NULL WHERE id = ?", runId);
		this.mapper.insertClaim(this.plan.planId(), "MONTHLY", "2031-02", deadProcess() + "/start/1");

		ReportRunLauncher.Outcome restarted = this.launcher.restart(runId);

		assertThat(restarted.completed()).isTrue();
		assertThat(restarted.run().version()).isOne();
		assertThat(this.mapper.findClaim(this.plan.planId(), "MONTHLY", "2031-02")).as("released").isNull();
	}

	@Test
	void aLiveClaimOfAnotherMachineIsRespectedUntilItStopsBeingRenewed() throws Exception {
		Period period = Period.month(2031, 3);
		this.mapper.insertClaim(this.plan.planId(), "MONTHLY", "2031-03", "4242@another-node/start/7");

		assertThatExceptionOfType(RunInProgressException.class)
			.isThrownBy(() -> this.claims.claim(this.plan.planId(), "KIEN-AN", period))
			.withMessageContaining("4242@another-node");

		Thread.sleep(Duration.ofSeconds(3).toMillis());
		try (RunClaims.Claim taken = this.claims.claim(this.plan.planId(), "KIEN-AN", period)) {
			assertThat(this.mapper.findClaim(this.plan.planId(), "MONTHLY", "2031-03").claimedBy())
				.doesNotContain("another-node");
		}
	}

	/** A process id on this machine that no process has. */
	private static String deadProcess() throws Exception {
		Process process = new ProcessBuilder("true").start();
		process.waitFor();
		return process.pid() + "@" + java.net.InetAddress.getLocalHost().getHostName();
	}

}

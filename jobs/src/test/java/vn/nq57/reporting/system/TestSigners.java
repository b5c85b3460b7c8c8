package vn.nq57.reporting.system;

import vn.nq57.reporting.console.ConsoleUsers;
import vn.nq57.reporting.run.ReportRun;
import vn.nq57.reporting.run.VersionLifecycle;

/**
 * Issues a draft in a test that needs an issued version (only those are ever mailed): a
 * SIGNER of the plan approves it.
 */
public final class TestSigners {

	private TestSigners() {
	}

	public static ReportRun approve(ConsoleUsers users, VersionLifecycle lifecycle, ReportRun draft) throws Exception {
		String signer = "ky-duyet-" + draft.planCode().toLowerCase();
		users.save(signer, "mat-khau-thu-nghiem".toCharArray(), "SIGNER", draft.planCode(), null);
		return lifecycle.approve(draft.id(), signer, null);
	}

}

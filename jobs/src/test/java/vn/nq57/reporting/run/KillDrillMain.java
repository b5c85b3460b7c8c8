package vn.nq57.reporting.run;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.Ordered;

import vn.nq57.reporting.ReportsApplication;
import vn.nq57.reporting.attainment.ReportType;

/**
 * The process a kill drill kills: the product on the tests' database, with one more stage
 * that ends the process on the spot (as kill -9 does: no shutdown hook, no rollback but
 * the database's) when the {@code n}th plan reaches it.
 * <p>
 * Arguments: {@code plan|province:NAME period order group n}.
 */
public final class KillDrillMain {

	private KillDrillMain() {
	}

	public static void main(String[] args) throws Exception {
		String scope = args[0];
		String period = args[1];
		int order = Integer.parseInt(args[2]);
		StageGroup group = StageGroup.valueOf(args[3]);
		int nth = Integer.parseInt(args[4]);
		SpringApplication application = new SpringApplication(ReportsApplication.class);
		application.addInitializers(context -> ((GenericApplicationContext) context).registerBean("killedHere",
				ReportStage.class, () -> new KilledHere(order, group, nth)));
		ConfigurableApplicationContext context = application.run("--spring.profiles.active=test",
				"--reports.cli.enabled=false", "--spring.main.web-application-type=none");
		System.out.println("STARTED");
		System.out.flush();
		if (scope.startsWith("province:")) {
			context.getBean(ReportBatchLauncher.class)
				.run(scope.substring("province:".length()), ReportType.MONTHLY, period, false);
		}
		else {
			context.getBean(ReportRunLauncher.class).run(scope, ReportType.MONTHLY, period, false);
		}
		System.out.println("NOT KILLED");
		System.exit(3);
	}

	/** The stage at which the process dies. */
	static final class KilledHere implements ReportStage, Ordered {

		private final int order;

		private final StageGroup group;

		private final int nth;

		private final AtomicInteger reached = new AtomicInteger();

		KilledHere(int order, StageGroup group, int nth) {
			this.order = order;
			this.group = group;
			this.nth = nth;
		}

		@Override
		public String name() {
			return "killedHere";
		}

		@Override
		public String label() {
			return "Tiến trình bị dừng (diễn tập)";
		}

		@Override
		public StageGroup group() {
			return this.group;
		}

		@Override
		public int getOrder() {
			return this.order;
		}

		@Override
		public int run(PlanRun plan) {
			if (this.reached.incrementAndGet() >= this.nth) {
				System.out.println("KILLED run " + plan.run().id());
				System.out.flush();
				Runtime.getRuntime().halt(137);
			}
			return 0;
		}

	}

}

package vn.nq57.reporting.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

import org.springframework.stereotype.Component;

import vn.nq57.reporting.calendar.HolidayFileReader;
import vn.nq57.reporting.calendar.HolidayYear;
import vn.nq57.reporting.calendar.ReportSchedules;
import vn.nq57.reporting.calendar.ScheduleDataException;
import vn.nq57.reporting.catalog.CatalogError;
import vn.nq57.reporting.catalog.InvalidCatalogException;
import vn.nq57.reporting.catalog.PlanCatalog;
import vn.nq57.reporting.catalog.PlanCatalogReader;
import vn.nq57.reporting.catalog.PlanCatalogValidator;
import vn.nq57.reporting.catalog.SharedIndicatorRegistry;
import vn.nq57.reporting.system.ConfigFile;
import vn.nq57.reporting.system.ConfigFiles;

/**
 * {@code ./reports config check}: the configuration folder's files, checked as a run
 * reads them.
 */
@Component
@Command(name = "config", mixinStandardHelpOptions = true,
		description = "Tệp cấu hình: kế hoạch, lịch báo cáo, người nhận, ngày nghỉ (thư mục REPORTS_CONFIG).",
		subcommands = ConfigCommand.Check.class)
public class ConfigCommand extends CommandGroup {

	@Component
	@Command(name = "check", mixinStandardHelpOptions = true,
			description = "Kiểm tra mọi tệp kế hoạch, lịch báo cáo và ngày nghỉ mà lần chạy tới sẽ đọc, "
					+ "cho biết mỗi tệp lấy từ đâu (exit 1 khi có tệp lỗi).")
	static class Check implements Callable<Integer> {

		private final ConfigFiles files;

		PrintStream out = System.out;

		Check(ConfigFiles files) {
			this.files = files;
		}

		@Override
		public Integer call() {
			this.out.println("Thư mục cấu hình: "
					+ this.files.folder().map(Object::toString).orElse("(không đặt: chỉ dùng bản trong tệp jar)"));
			List<String> problems = new ArrayList<>();
			try {
				int types = new ReportSchedules(this.files).scheduled().size();
				ok("schedules/report-schedules.yaml", types + " loại báo cáo tự lập theo lịch");
			}
			catch (ScheduleDataException | IllegalStateException ex) {
				problems.add(ex.getMessage());
			}
			HolidayFileReader holidays = new HolidayFileReader();
			for (ConfigFile file : this.files.list("schedules/holidays")) {
				try {
					HolidayYear year = holidays.read(file.name(), file.text());
					if (!file.name().endsWith("/" + year.year() + ".yaml")) {
						throw new ScheduleDataException(file.name(), "year",
								"ghi năm " + year.year() + ", khác tên tệp");
					}
					ok(file.name() + " (" + file.source() + ")",
							year.daysOff().size() + " ngày nghỉ" + (year.provisional() ? ", tạm tính" : ""));
				}
				catch (ScheduleDataException ex) {
					problems.add(ex.getMessage());
				}
			}
			PlanCatalogValidator validator;
			try {
				validator = new PlanCatalogValidator(SharedIndicatorRegistry.from(this.files));
			}
			catch (RuntimeException ex) {
				problems.add("plans/shared-indicators.yaml: " + ex.getMessage());
				return report(problems);
			}
			PlanCatalogReader reader = new PlanCatalogReader();
			for (ConfigFile file : this.files.list("plans")) {
				if (file.name().equals("plans/shared-indicators.yaml")) {
					continue;
				}
				try {
					PlanCatalog plan = reader.read(file.name(), file.text());
					List<CatalogError> errors = validator.validate(plan);
					if (errors.isEmpty()) {
						ok(file.name() + " (" + file.source() + ")", "kế hoạch " + plan.code());
					}
					errors.forEach(error -> problems.add(error.toString()));
				}
				catch (InvalidCatalogException ex) {
					ex.errors().forEach(error -> problems.add(error.toString()));
				}
			}
			return report(problems);
		}

		private void ok(String file, String what) {
			this.out.println("đạt  " + file + ": " + what);
		}

		private int report(List<String> problems) {
			problems.forEach(problem -> this.out.println("LỖI  " + problem));
			this.out.println(problems.isEmpty() ? "Cấu hình hợp lệ."
					: problems.size() + " lỗi: sửa các tệp trên; lần chạy tới đọc tệp như khi kiểm tra.");
			return problems.isEmpty() ? 0 : 1;
		}

	}

}

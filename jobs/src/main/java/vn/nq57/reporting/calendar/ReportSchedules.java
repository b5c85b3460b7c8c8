package vn.nq57.reporting.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.system.ConfigFile;
import vn.nq57.reporting.system.ConfigFiles;

/**
 * The report schedules of {@code schedules/report-schedules.yaml}: per report type its
 * deadline rule, when it is made (working days before the deadline, time of day),
 * reminders to the units, and its recipients.
 */
@Component
public class ReportSchedules {

	private static final String FILE = "schedules/report-schedules.yaml";

	private static final Set<String> FIELDS = Set.of("report", "deadline_text", "deadline",
			"generate_working_days_before", "generate_at", "remind_units_working_days_before", "recipients",
			"units_cut_off_working_days_before_run", "units_deadline_plans", "province", "approval");

	private static final Logger log = LoggerFactory.getLogger(ReportSchedules.class);

	/** The file's text as last read (null: a fixed text, never read again). */
	private final Supplier<ConfigFile> source;

	private volatile Loaded loaded;

	/** The text of a broken edit, said once. */
	private volatile String refused;

	/** The schedules of the jar's copy. */
	public ReportSchedules() {
		this(read("/" + FILE));
	}

	/** Fixed schedules from a text (tests). */
	public ReportSchedules(String yaml) {
		this.source = null;
		this.loaded = new Loaded(yaml, parse(yaml));
	}

	/**
	 * The schedules of the configuration folder (else the jar's copy), read again when
	 * the file has changed: a running service sends to the recipients of the file as it
	 * is at each run. A changed file that does not pass the checks is not used at all
	 * (never half-applied): the schedules read before stay, and the problem is logged.
	 */
	@Autowired
	public ReportSchedules(ConfigFiles files) {
		this.source = () -> files.find(FILE)
			.orElseThrow(() -> new IllegalStateException("Thiếu tệp lịch báo cáo " + FILE));
		ConfigFile file = this.source.get();
		this.loaded = new Loaded(file.text(), parse(file.text()));
	}

	private record Loaded(String text, Map<ReportType, ReportSchedule> schedules) {
	}

	private Map<ReportType, ReportSchedule> schedules() {
		if (this.source != null) {
			ConfigFile file = this.source.get();
			Loaded current = this.loaded;
			if (!file.text().equals(current.text()) && !file.text().equals(this.refused)) {
				synchronized (this) {
					try {
						this.loaded = new Loaded(file.text(), parse(file.text()));
						log.info("Đã đọc lại lịch báo cáo từ {}", file.source());
					}
					catch (ScheduleDataException ex) {
						this.refused = file.text();
						log.error("Tệp {} vừa sửa có lỗi, vẫn dùng lịch đã đọc trước đó: {}", file.source(),
								ex.getMessage());
					}
				}
			}
		}
		return this.loaded.schedules();
	}

	private static String read(String resource) {
		try (InputStream in = ReportSchedules.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Thiếu tệp lịch báo cáo " + resource);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<ReportType, ReportSchedule> parse(String yaml) {
		Map<ReportType, ReportSchedule> schedules = new EnumMap<>(ReportType.class);
		Object loaded = new Load(LoadSettings.builder().build()).loadFromString(yaml);
		if (!(loaded instanceof Map<?, ?> root) || !(root.get("schedules") instanceof List<?> items)) {
			throw new ScheduleDataException(FILE, "schedules", "cần một danh sách lịch, mỗi loại báo cáo một mục");
		}
		for (int i = 0; i < items.size(); i++) {
			String where = "schedules[" + (i + 1) + "]";
			if (!(items.get(i) instanceof Map<?, ?> item)) {
				throw new ScheduleDataException(FILE, where, "cần một bảng khóa: giá trị");
			}
			Map<String, Object> entry = (Map<String, Object>) item;
			for (String key : entry.keySet()) {
				if (!FIELDS.contains(key)) {
					throw new ScheduleDataException(FILE, where + "." + key, "trường không có trong định dạng lịch; "
							+ "các trường được dùng: " + String.join(", ", FIELDS.stream().sorted().toList()));
				}
			}
			ReportType type;
			try {
				type = ReportType.fromCliName(String.valueOf(entry.get("report")));
			}
			catch (IllegalArgumentException ex) {
				throw new ScheduleDataException(FILE, where + ".report", ex.getMessage());
			}
			where = where + " (" + type.cliName() + ")";
			ReportSchedule schedule = new ReportSchedule(type, rules(where, entry.get("deadline")),
					integer(where + ".generate_working_days_before", entry.get("generate_working_days_before"), 0),
					time(where + ".generate_at", entry.get("generate_at")),
					optionalInteger(
							where + ".remind_units_working_days_before", entry.get("remind_units_working_days_before")),
					recipients(where, entry.get("recipients")),
					integer(where + ".units_cut_off_working_days_before_run",
							entry.get("units_cut_off_working_days_before_run"), 1),
					unitsTimeline(where, entry.get("units_deadline_plans")), province(where, entry.get("province")),
					approval(where, entry.get("approval")));
			if (schedule.province() != null && (schedule.generateAt() == null || schedule.deadlineRules().isEmpty()
					|| type.isReview() || type == ReportType.AD_HOC)) {
				throw new ScheduleDataException(FILE, where + ".province",
						"báo cáo tổng hợp cấp tỉnh chỉ được đặt lịch cho báo cáo định kỳ (tháng, quý, 6 tháng, năm)"
								+ " có hạn gửi và giờ lập");
			}
			if (schedule.unitsCutOffWorkingDaysBeforeRun() < 1) {
				throw new ScheduleDataException(FILE, where + ".units_cut_off_working_days_before_run",
						"cần ít nhất 1: hạn của đơn vị phải trước ngày lập báo cáo dùng số liệu của đơn vị");
			}
			if (schedule.generateAt() != null && schedule.deadlineRules().isEmpty()) {
				throw new ScheduleDataException(FILE, where + ".deadline", "có giờ lập báo cáo nhưng không có hạn gửi");
			}
			if (schedules.put(type, schedule) != null) {
				throw new ScheduleDataException(FILE, where, "loại báo cáo " + type.cliName() + " có hai lịch");
			}
		}
		return schedules;
	}

	private static List<DeadlineRule> rules(String where, Object value) {
		List<DeadlineRule> rules = new ArrayList<>();
		if (value == null) {
			return rules;
		}
		List<?> list = (value instanceof List<?> l) ? l : List.of(value);
		for (Object rule : list) {
			if (!(rule instanceof Map<?, ?> map)) {
				throw new ScheduleDataException(FILE, where + ".deadline",
						"cần { before_day: D, of_month: last hoặc 1–12 } (\"trước ngày D\")");
			}
			int day = integer(where + ".deadline.before_day", map.get("before_day"), -1);
			if (day < 1 || day > 31) {
				throw new ScheduleDataException(FILE, where + ".deadline.before_day", "cần một ngày từ 1 đến 31");
			}
			Object month = map.get("of_month");
			Integer ofMonth = null;
			if (month != null && !"last".equals(month)) {
				ofMonth = integer(where + ".deadline.of_month", month, -1);
				if (ofMonth < 1 || ofMonth > 12) {
					throw new ScheduleDataException(FILE, where + ".deadline.of_month",
							"cần last (tháng cuối của kỳ) hoặc một tháng từ 1 đến 12");
				}
			}
			rules.add(new DeadlineRule(optionalInteger(where + ".deadline.period", map.get("period")), day, ofMonth));
		}
		return rules;
	}

	private static ReportSchedule.UnitsTimeline unitsTimeline(String where, Object value) {
		if (value == null) {
			return null;
		}
		if (!(value instanceof Map<?, ?> map)) {
			throw new ScheduleDataException(FILE, where + ".units_deadline_plans",
					"cần { run_working_days_after: N, report_due_working_days_after_run: M }");
		}
		int run = integer(where + ".units_deadline_plans.run_working_days_after", map.get("run_working_days_after"), 1);
		if (run < 1) {
			throw new ScheduleDataException(FILE, where + ".units_deadline_plans.run_working_days_after",
					"cần ít nhất 1: báo cáo được lập sau hạn của đơn vị");
		}
		return new ReportSchedule.UnitsTimeline(run,
				integer(where + ".units_deadline_plans.report_due_working_days_after_run",
						map.get("report_due_working_days_after_run"), 0));
	}

	private static ReportSchedule.Approval approval(String where, Object value) {
		if (value == null) {
			return ReportSchedule.Approval.APPROVE;
		}
		return switch (String.valueOf(value).strip()) {
			case "approve" -> ReportSchedule.Approval.APPROVE;
			case "auto" -> ReportSchedule.Approval.AUTO;
			default -> throw new ScheduleDataException(FILE, where + ".approval",
					"cần approve (người ký duyệt từng phiên bản) hoặc auto (tự động ký số của cơ quan khi lập báo cáo)");
		};
	}

	/**
	 * How a report type's versions become official; approve when the file says nothing.
	 */
	public ReportSchedule.Approval approval(ReportType type) {
		return schedule(type).map(ReportSchedule::approval).orElse(ReportSchedule.Approval.APPROVE);
	}

	private static ReportSchedule.ProvinceTimeline province(String where, Object value) {
		if (value == null) {
			return null;
		}
		if (!(value instanceof Map<?, ?> map)) {
			throw new ScheduleDataException(FILE, where + ".province",
					"cần { working_days_after_deadline: N, recipients: [...] }");
		}
		for (Object key : map.keySet()) {
			if (!"working_days_after_deadline".equals(key) && !"recipients".equals(key)) {
				throw new ScheduleDataException(FILE, where + ".province." + key,
						"trường không có trong định dạng lịch; các trường được dùng: recipients,"
								+ " working_days_after_deadline");
			}
		}
		int days = integer(where + ".province.working_days_after_deadline", map.get("working_days_after_deadline"), -1);
		if (days < 1) {
			throw new ScheduleDataException(FILE, where + ".province.working_days_after_deadline",
					"cần ít nhất 1: báo cáo tỉnh được lập sau hạn gửi báo cáo của các xã");
		}
		return new ReportSchedule.ProvinceTimeline(days, recipients(where + ".province", map.get("recipients")));
	}

	private static List<String> recipients(String where, Object value) {
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> list)) {
			throw new ScheduleDataException(FILE, where + ".recipients", "cần một danh sách địa chỉ thư");
		}
		List<String> recipients = new ArrayList<>();
		for (Object address : list) {
			String text = String.valueOf(address).trim();
			if (!text.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
				throw new ScheduleDataException(FILE, where + ".recipients",
						"địa chỉ thư không hợp lệ: \"" + text + "\"");
			}
			recipients.add(text);
		}
		return recipients;
	}

	private static LocalTime time(String field, Object value) {
		if (value == null) {
			return null;
		}
		try {
			return LocalTime.parse(String.valueOf(value));
		}
		catch (DateTimeParseException ex) {
			throw new ScheduleDataException(FILE, field, "cần giờ dạng HH:mm, ví dụ 08:00; nhận được: " + value);
		}
	}

	private static int integer(String field, Object value, int absent) {
		if (value == null) {
			return absent;
		}
		if (value instanceof Number number && number.intValue() >= 0) {
			return number.intValue();
		}
		throw new ScheduleDataException(FILE, field, "cần một số nguyên không âm; nhận được: " + value);
	}

	private static Integer optionalInteger(String field, Object value) {
		return (value == null) ? null : integer(field, value, 0);
	}

	/** Who receives a report type. */
	public List<String> recipients(ReportType type) {
		return schedule(type).map(ReportSchedule::recipients).orElse(List.of());
	}

	public Optional<ReportSchedule> schedule(ReportType type) {
		return Optional.ofNullable(schedules().get(type));
	}

	/**
	 * The schedules with province reports that fire by themselves, in report type order.
	 */
	public List<ReportSchedule> provinceScheduled() {
		return scheduled().stream().filter(schedule -> schedule.province() != null).toList();
	}

	/** The schedules that fire by themselves, in report type order. */
	public List<ReportSchedule> scheduled() {
		return schedules().values().stream().filter(ReportSchedule::scheduled).toList();
	}

}

package vn.nq57.reporting.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.nq57.reporting.system.DatabaseTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./reports scheduler} without an SMTP server (issue 19 item 13; before: it
 * started with no word about mail and wrote every report as an .eml file): it refuses to
 * start, sets up no trigger and says how to configure mail or run a trial
 * ({@code --no-mail}).
 */
@DatabaseTest
class SchedulerCommandTests {

	@Autowired
	SchedulerCommand command;

	@Autowired
	Scheduler scheduler;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void withoutAMailServerTheSchedulerRefusesToStartUnlessATrial() throws Exception {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		PrintStream before = System.err;
		int exit;
		try {
			System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
			this.command.noMail = false;
			exit = this.command.call();
		}
		finally {
			System.setErr(before);
		}

		assertThat(exit).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8))
			.contains("Lỗi: Chưa cấu hình máy chủ thư (SPRING_MAIL_HOST): bộ lập lịch không khởi động")
			.contains("./reports scheduler --no-mail");
		assertThat(this.scheduler.isStarted()).isFalse();
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM QRTZ_TRIGGERS", Integer.class)).isZero();
	}

}

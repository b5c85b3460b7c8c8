package vn.nq57.reporting.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.springframework.stereotype.Component;

import vn.nq57.reporting.attainment.Period;
import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.synthetic.SyntheticDataGenerator;

/**
 * {@code ./reports generate}: synthetic provinces and communes with submissions, for
 * scale tests.
 */
@Component
@Command(name = "generate", mixinStandardHelpOptions = true,
		description = "Tạo dữ liệu thử: N tỉnh × M xã, kế hoạch chép từ 5 kế hoạch thật, số liệu của các đơn vị cho một kỳ "
				+ "(có đơn vị gửi muộn, chưa gửi, thiếu số liệu). Cùng --seed cho cùng dữ liệu.")
public class GenerateCommand implements Callable<Integer> {

	@Option(names = "--provinces", paramLabel = "SỐ-TỈNH", defaultValue = "1",
			description = "Số tỉnh (mặc định ${DEFAULT-VALUE})")
	int provinces;

	@Option(names = "--communes", paramLabel = "SỐ-XÃ", defaultValue = "100",
			description = "Số xã mỗi tỉnh (mặc định ${DEFAULT-VALUE})")
	int communes;

	@Option(names = "--type", paramLabel = "LOẠI", defaultValue = "monthly",
			description = "Loại kỳ (mặc định ${DEFAULT-VALUE})")
	String type;

	@Option(names = "--period", paramLabel = "KỲ", defaultValue = "2026-05",
			description = "Kỳ (mặc định ${DEFAULT-VALUE})")
	String period;

	@Option(names = "--seed", paramLabel = "HẠT-GIỐNG", defaultValue = "57")
	long seed;

	private final SyntheticDataGenerator generator;

	GenerateCommand(SyntheticDataGenerator generator) {
		this.generator = generator;
	}

	@Override
	public Integer call() {
		Period parsed = Period.parse(ReportType.fromCliName(this.type), this.period);
		int added = this.generator.generate(this.provinces, this.communes, parsed, this.seed);
		System.out.printf("Đã thêm %d xã thử (%d tỉnh × %d xã; mã T01-X001...), số liệu %s.%n", added, this.provinces,
				this.communes, parsed.label());
		return 0;
	}

}

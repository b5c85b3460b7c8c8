package vn.nq57.reporting.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.springframework.stereotype.Component;

import vn.nq57.reporting.benchmark.BenchmarkRunner;

/**
 * {@code ./reports benchmark}: a province and the whole country on generated data, with
 * figures.
 */
@Component
@Command(name = "benchmark", mixinStandardHelpOptions = true,
		description = "Đo hiệu năng: 1 tỉnh × 100 xã rồi 34 tỉnh × 100 xã trên dữ liệu thử; in thời gian, số báo cáo/giây, "
				+ "bộ nhớ heap cao nhất, thời gian từng bước và so với thời gian dựng riêng bằng JasperReports.")
public class BenchmarkCommand implements Callable<Integer> {

	@Option(names = "--communes", paramLabel = "SỐ-XÃ", defaultValue = "100",
			description = "Số xã mỗi tỉnh (mặc định ${DEFAULT-VALUE})")
	int communes;

	@Option(names = "--provinces", paramLabel = "SỐ-TỈNH", defaultValue = "34",
			description = "Số tỉnh của lần đo lớn (mặc định ${DEFAULT-VALUE})")
	int provinces;

	@Option(names = "--province-only", description = "Chỉ đo 1 tỉnh")
	boolean provinceOnly;

	@Option(names = "--seed", paramLabel = "HẠT-GIỐNG", defaultValue = "57")
	long seed;

	private final BenchmarkRunner runner;

	BenchmarkCommand(BenchmarkRunner runner) {
		this.runner = runner;
	}

	@Override
	public Integer call() throws Exception {
		List<BenchmarkRunner.Result> results = new ArrayList<>();
		results.add(this.runner.run(1, this.communes, BenchmarkRunner.defaultPeriod(), this.seed, System.out));
		if (!this.provinceOnly) {
			results.add(this.runner.run(this.provinces, this.communes, BenchmarkRunner.defaultPeriod(), this.seed,
					System.out));
		}
		BenchmarkRunner.print(results, this.runner.threads(), System.out);
		return results.stream().allMatch(r -> r.failed() == 0) ? 0 : 1;
	}

}

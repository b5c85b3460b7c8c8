package vn.nq57.reporting.run;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** The stages of a report run, in the order they run (their beans' order). */
@Component
public class ReportStages {

	private final List<ReportStage> stages;

	public ReportStages(List<ReportStage> stages) {
		for (int i = 1; i < stages.size(); i++) {
			if (stages.get(i).group().compareTo(stages.get(i - 1).group()) < 0) {
				throw new IllegalStateException("Report stage " + stages.get(i).name() + " of group "
						+ stages.get(i).group() + " is ordered after a stage of a later group");
			}
		}
		this.stages = List.copyOf(stages);
	}

	public List<ReportStage> all() {
		return this.stages;
	}

	public List<ReportStage> of(StageGroup group) {
		return this.stages.stream().filter(stage -> stage.group() == group).toList();
	}

	public List<String> names() {
		return this.stages.stream().map(ReportStage::name).toList();
	}

	public Optional<ReportStage> named(String name) {
		return this.stages.stream().filter(stage -> stage.name().equals(name)).findFirst();
	}

	/** What operators read for a stage; the name itself for one no longer defined. */
	public String label(String name) {
		return named(name).map(ReportStage::label).orElse(name);
	}

}

package vn.nq57.reporting.cli;

import picocli.CommandLine;

import org.springframework.context.ApplicationContext;

/**
 * Lets picocli create command objects as Spring beans, so commands get their services
 * injected.
 */
class SpringCommandFactory implements CommandLine.IFactory {

	private final ApplicationContext context;

	SpringCommandFactory(ApplicationContext context) {
		this.context = context;
	}

	@Override
	public <K> K create(Class<K> type) throws Exception {
		try {
			return this.context.getBean(type);
		}
		catch (Exception ex) {
			return CommandLine.defaultFactory().create(type);
		}
	}

}

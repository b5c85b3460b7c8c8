package vn.nq57.reporting.cli;

import picocli.CommandLine;

import org.springframework.context.ApplicationContext;

/**
 * Lets picocli create command objects as Spring beans, so commands get their services
 * injected.
 */
class SpringCommandFactory implements CommandLine.IFactory {

	private final ApplicationContext context;

	private final boolean fresh;

	SpringCommandFactory(ApplicationContext context) {
		this(context, false);
	}

	private SpringCommandFactory(ApplicationContext context, boolean fresh) {
		this.context = context;
		this.fresh = fresh;
	}

	/**
	 * Command objects made anew for each command line, for a process that runs several
	 * (the service): picocli keeps the options in the objects' fields.
	 */
	static SpringCommandFactory freshCommands(ApplicationContext context) {
		return new SpringCommandFactory(context, true);
	}

	@Override
	public <K> K create(Class<K> type) throws Exception {
		try {
			return this.fresh ? this.context.getAutowireCapableBeanFactory().createBean(type)
					: this.context.getBean(type);
		}
		catch (Exception ex) {
			return CommandLine.defaultFactory().create(type);
		}
	}

}

package vn.nq57.reporting.delivery;

import java.util.Locale;
import java.util.Map;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

/**
 * Email bodies from the Thymeleaf templates in {@code templates/mail/} (HTML, escaped by
 * the template engine).
 */
@Component
public class MailTemplates {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	private final ITemplateEngine engine;

	public MailTemplates(ITemplateEngine engine) {
		this.engine = engine;
	}

	/**
	 * @param template the template's name under {@code templates/}, e.g.
	 * {@code mail/report}
	 */
	public String render(String template, Map<String, Object> variables) {
		return this.engine.process(template, new Context(VIETNAMESE, variables));
	}

}

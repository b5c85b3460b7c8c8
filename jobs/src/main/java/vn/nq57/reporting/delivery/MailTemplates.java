package vn.nq57.reporting.delivery;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.stereotype.Component;

/**
 * Email bodies from the Thymeleaf templates in {@code templates/mail/}: HTML
 * ({@code .html}, escaped by the template engine) and plain text ({@code .txt}, template
 * mode TEXT).
 */
@Component
public class MailTemplates {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	private final ITemplateEngine engine;

	private final SpringTemplateEngine textEngine;

	public MailTemplates(ITemplateEngine engine) {
		this.engine = engine;
		ClassLoaderTemplateResolver text = new ClassLoaderTemplateResolver();
		text.setPrefix("templates/");
		text.setSuffix(".txt");
		text.setTemplateMode(TemplateMode.TEXT);
		text.setCharacterEncoding(StandardCharsets.UTF_8.name());
		this.textEngine = new SpringTemplateEngine();
		this.textEngine.setTemplateResolver(text);
	}

	/**
	 * @param template the template's name under {@code templates/}, e.g.
	 * {@code mail/report}
	 */
	public String render(String template, Map<String, Object> variables) {
		return this.engine.process(template, new Context(VIETNAMESE, variables));
	}

	/** The plain-text body of {@code templates/<template>.txt}. */
	public String renderText(String template, Map<String, Object> variables) {
		return this.textEngine.process(template, new Context(VIETNAMESE, variables));
	}

}

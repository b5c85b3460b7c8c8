package vn.nq57.reporting.delivery;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The sender's block at the end of a report's email ({@code reports.mail.sender.*}): what
 * the plan catalog does not carry about its issuer. The issuer's name comes from the
 * catalog; {@code name} is used only where the catalog gives none. A setting left empty
 * is a line left out.
 */
@ConfigurationProperties("reports.mail.sender")
public record SenderBlock(String name, String address, String phone, String email) {

	/** The block's lines: the issuer's name, then "Địa chỉ", "Điện thoại", "Email". */
	public List<String> lines(String catalogName) {
		List<String> lines = new ArrayList<>();
		String issuer = isBlank(catalogName) ? this.name : catalogName;
		if (!isBlank(issuer)) {
			lines.add(issuer.strip());
		}
		if (!isBlank(this.address)) {
			lines.add("Địa chỉ: " + this.address.strip());
		}
		if (!isBlank(this.phone)) {
			lines.add("Điện thoại: " + this.phone.strip());
		}
		if (!isBlank(this.email)) {
			lines.add("Email: " + this.email.strip());
		}
		return lines;
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}

package vn.nq57.reporting.province;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * How a province is named on a document and in the archive: "UBND TỈNH HÀ TĨNH", or "UBND
 * THÀNH PHỐ HẢI PHÒNG" for a city under the central government; "HA-TINH" as a folder
 * name.
 */
final class ProvinceNames {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	/** Cities under the central government (thành phố trực thuộc trung ương). */
	static final Set<String> CITIES = Set.of("Hà Nội", "Hồ Chí Minh", "Thành phố Hồ Chí Minh", "Hải Phòng", "Đà Nẵng",
			"Cần Thơ", "Huế");

	private ProvinceNames() {
	}

	/** "tỉnh Hà Tĩnh", "thành phố Hải Phòng"; a name that says which it is is kept. */
	static String named(String province) {
		String lower = province.toLowerCase(VIETNAMESE);
		for (String kind : new String[] { "tỉnh ", "thành phố " }) {
			if (lower.startsWith(kind)) {
				return kind + province.substring(kind.length());
			}
		}
		return (CITIES.contains(province) ? "thành phố " : "tỉnh ") + province;
	}

	/** "Hà Tĩnh" for the place line ("Hà Tĩnh, ngày ..."): the name without its kind. */
	static String place(String province) {
		String bare = named(province).replaceFirst("^(tỉnh|thành phố) ", "");
		return bare.isEmpty() ? bare : bare.substring(0, 1).toUpperCase(VIETNAMESE) + bare.substring(1);
	}

	/** "UBND TỈNH HÀ TĨNH". */
	static String issuerParent(String province) {
		return "UBND " + named(province).toUpperCase(VIETNAMESE);
	}

	/** "HA-TINH": the province's folder in the archive. */
	static String folder(String province) {
		String plain = Normalizer.normalize(province.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "");
		return plain.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-").replaceAll("^-|-$", "");
	}

}

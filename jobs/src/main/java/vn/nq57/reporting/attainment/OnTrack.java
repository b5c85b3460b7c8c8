package vn.nq57.reporting.attainment;

/** Whether this year's figure keeps pace with the straight line to the milestone. */
public enum OnTrack {

	ON_TRACK("Đúng lộ trình"), BEHIND("Chậm so với lộ trình"), UNKNOWN("Chưa xác định");

	private final String vietnameseName;

	OnTrack(String vietnameseName) {
		this.vietnameseName = vietnameseName;
	}

	public String vietnameseName() {
		return vietnameseName;
	}

	public static OnTrack fromVietnameseName(String name) {
		for (OnTrack value : values()) {
			if (value.vietnameseName.equals(name == null ? null : name.strip())) {
				return value;
			}
		}
		throw new IllegalArgumentException("Không rõ tiến độ: \"" + name + "\"");
	}

}

package vn.nq57.reporting.system;

/**
 * Receives the id MariaDB generated for an insert ({@code keyProperty="key.id"} in mapper
 * XML).
 */
public class GeneratedKey {

	private Long id;

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

}

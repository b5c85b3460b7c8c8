package vn.nq57.reporting.issuance;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a signing key lives: a PKCS#12 file or a PKCS#11 token (a USB token or an HSM, as
 * Vietnamese certification authorities issue them). The password or PIN comes from the
 * environment ({@link SigningKeyResolver}), never from a file in the repository.
 */
public sealed interface SigningKeySpec permits SigningKeySpec.Pkcs12, SigningKeySpec.Pkcs11 {

	/** The key's alias, or null for the only key there is. */
	String alias();

	/** A short description for messages, without secrets. */
	String describe();

	/**
	 * A PKCS#12 file (.p12, .pfx).
	 */
	record Pkcs12(Path file, String alias, char[] password) implements SigningKeySpec {

		public Pkcs12 {
			Objects.requireNonNull(file, "file");
			Objects.requireNonNull(password, "password");
		}

		@Override
		public String describe() {
			return "tệp PKCS#12 " + this.file + ((this.alias != null) ? ", bí danh " + this.alias : "");
		}

		@Override
		public String toString() {
			return describe();
		}

	}

	/**
	 * A PKCS#11 token through its vendor's library (e.g. /usr/lib/libeToken.so).
	 *
	 * @param slot the slot id, or null for the library's first slot
	 */
	record Pkcs11(Path library, Integer slot, String alias, char[] pin) implements SigningKeySpec {

		public Pkcs11 {
			Objects.requireNonNull(library, "library");
			Objects.requireNonNull(pin, "pin");
		}

		@Override
		public String describe() {
			return "thiết bị PKCS#11 qua thư viện " + this.library + ((this.slot != null) ? ", khe " + this.slot : "")
					+ ((this.alias != null) ? ", bí danh " + this.alias : "");
		}

		@Override
		public String toString() {
			return describe();
		}

	}

}

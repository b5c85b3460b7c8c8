package vn.nq57.reporting.delivery;

/**
 * An attachment is missing, changed since it was archived, or too large: the message must
 * not go out.
 */
public class AttachmentProblemException extends RuntimeException {

	public AttachmentProblemException(String message) {
		super(message);
	}

}

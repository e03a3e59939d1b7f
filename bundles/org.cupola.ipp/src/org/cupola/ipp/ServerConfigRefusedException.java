package org.cupola.ipp;

/**
 * A {@code cupsd.conf} was not saved because cupsd would not start with it ({@code cupsd -t} on this machine said
 * so); the server's file is unchanged.
 */
public class ServerConfigRefusedException extends IppException {

	private static final long serialVersionUID = 1L;

	private final String cupsdMessage;

	/**
	 * @param message
	 *            the user-facing message
	 * @param cupsdMessage
	 *            what cupsd said about the file
	 */
	public ServerConfigRefusedException(String message, String cupsdMessage) {
		super(message);
		this.cupsdMessage = cupsdMessage;
	}

	/** {@return cupsd's own words about the file, e.g. "Unknown directive Foo on line 12 of cupsd.conf."} */
	public String cupsdMessage() {
		return cupsdMessage;
	}
}

package org.cupola.ipp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cupola.ipp.CredentialsRequest.Field;

/**
 * A queue's {@code auth-info-required}: what CUPS needs to print a job held for authentication
 * ({@code job-hold-until=auth-info-required}) on it, in the order CUPS-Authenticate-Job's {@code auth-info} lists
 * it. A missing or {@code none} value asks for a user name and password (what a held job needs when the queue does
 * not say). Immutable.
 *
 * @param keywords
 *            the values as CUPS sent them (maybe empty)
 */
public record AuthInfoRequired(List<String> keywords) {

	/** {@code negotiate}: a Kerberos ticket, nothing to type. */
	public static final String NEGOTIATE = "negotiate"; //$NON-NLS-1$

	/** Copies the keywords (null: none). */
	public AuthInfoRequired {
		keywords = keywords == null ? List.of() : List.copyOf(keywords);
	}

	/** {@return whether the queue authenticates with a Kerberos ticket (then there is nothing to ask)} */
	public boolean isNegotiate() {
		return keywords.stream().anyMatch(k -> NEGOTIATE.equalsIgnoreCase(k));
	}

	/** {@return the fields to ask, in {@code auth-info} order; user name and password when the queue says nothing} */
	public List<Field> fields() {
		List<Field> fields = new ArrayList<>();
		for (String keyword : keywords) {
			Field field = field(keyword);
			if (field != null && !fields.contains(field)) {
				fields.add(field);
			}
		}
		if (fields.isEmpty() && !isNegotiate()) {
			return List.of(Field.USERNAME, Field.PASSWORD);
		}
		return List.copyOf(fields);
	}

	private static Field field(String keyword) {
		return switch (keyword == null ? "" : keyword.toLowerCase(Locale.ROOT)) { //$NON-NLS-1$
		case "domain" -> Field.DOMAIN; //$NON-NLS-1$
		case "username" -> Field.USERNAME; //$NON-NLS-1$
		case "password" -> Field.PASSWORD; //$NON-NLS-1$
		default -> null;
		};
	}
}

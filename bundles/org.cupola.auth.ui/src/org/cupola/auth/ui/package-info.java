/**
 * Cupola's authentication UI: the dialog that asks for a CUPS user name and password (offered as the
 * {@link org.cupola.ipp.CredentialsPrompt} OSGi service) and the {@link org.cupola.auth.ui.CredentialsStore} that
 * keeps remembered passwords.
 */
package org.cupola.auth.ui;

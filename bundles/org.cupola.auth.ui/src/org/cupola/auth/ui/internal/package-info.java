/**
 * Implementation of Cupola's authentication UI: {@link org.cupola.auth.ui.internal.DialogCredentialsPrompt} (the
 * prompt logic, testable with a plain SWT display), {@link org.cupola.auth.ui.internal.CredentialsPromptComponent}
 * (the declarative services component that wires it to the workbench and to secure storage), and the credential
 * stores.
 */
package org.cupola.auth.ui.internal;

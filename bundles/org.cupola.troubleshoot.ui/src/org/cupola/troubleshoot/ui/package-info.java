/**
 * The printing troubleshooter wizard: {@link org.cupola.troubleshoot.ui.TroubleshootWizard} over the headless
 * {@link org.cupola.troubleshoot.Troubleshooter}; every step runs as a background job.
 */
package org.cupola.troubleshoot.ui;

package org.cupola.testing;

import java.nio.file.Files;
import java.nio.file.Path;

import org.cupola.ipp.UserDirectories;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For a test class: a cupsd as CUPS ships it (DefaultEncryption Required, its own self-signed certificate) in a
 * network namespace ({@link RemoteCupsSandbox}), and a config directory of its own ({@code cupola.config.dir}, so
 * certificate pins land there), restored after the class:
 *
 * <pre>
 * &#64;RegisterExtension
 * static final RequiredTlsSandbox tls = new RequiredTlsSandbox("cupola-tls-config-");
 * </pre>
 */
public final class RequiredTlsSandbox implements BeforeAllCallback, AfterAllCallback {

	private final String configPrefix;
	private Path config;
	private String oldConfig;
	private RemoteCupsSandbox remote;

	/**
	 * @param configPrefix
	 *            the name prefix of the temporary config directory
	 */
	public RequiredTlsSandbox(String configPrefix) {
		this.configPrefix = configPrefix;
	}

	@Override
	public void beforeAll(ExtensionContext context) throws Exception {
		config = Files.createTempDirectory(configPrefix);
		oldConfig = System.setProperty(UserDirectories.CONFIG_PROPERTY, config.toString());
		remote = RemoteCupsSandbox.start("Required", true); //$NON-NLS-1$
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (remote != null) {
			remote.close();
			remote = null;
		}
		if (oldConfig == null) {
			System.clearProperty(UserDirectories.CONFIG_PROPERTY);
		} else {
			System.setProperty(UserDirectories.CONFIG_PROPERTY, oldConfig);
		}
		TempDirs.delete(config);
	}

	/** {@return the running cupsd} */
	public RemoteCupsSandbox remote() {
		return remote;
	}

	/** {@return the config directory in use} */
	public Path config() {
		return config;
	}
}

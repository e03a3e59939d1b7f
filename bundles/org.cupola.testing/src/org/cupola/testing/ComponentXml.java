package org.cupola.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.runtime.FileLocator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The declarative services XML the build generated from a class's {@code @Component} annotation
 * ({@code OSGI-INF/<class name>.xml} beside the compiled classes, in the jar or in target/classes).
 */
public final class ComponentXml {

	private ComponentXml() {
	}

	/**
	 * @param component
	 *            the annotated class
	 * @return the root element ({@code scr:component})
	 * @throws Exception
	 *             when the XML is missing or not well-formed
	 */
	public static Element of(Class<?> component) throws Exception {
		String resource = component.getName().replace('.', '/') + ".class"; //$NON-NLS-1$
		URL classUrl = FileLocator.resolve(component.getClassLoader().getResource(resource));
		String s = classUrl.toString();
		assertEquals(true, s.endsWith(resource), s);
		URL xml = URI.create(s.substring(0, s.length() - resource.length()) + "OSGI-INF/" + component.getName() //$NON-NLS-1$
				+ ".xml").toURL(); //$NON-NLS-1$
		Document document;
		try (InputStream in = xml.openStream()) {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			document = factory.newDocumentBuilder().parse(in);
		} catch (IOException e) {
			throw new IOException("no generated component XML at " + xml, e); //$NON-NLS-1$
		}
		return document.getDocumentElement();
	}
}

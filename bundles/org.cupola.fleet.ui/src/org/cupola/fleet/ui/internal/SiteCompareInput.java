package org.cupola.fleet.ui.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.cupola.fleet.Difference;
import org.cupola.fleet.Site;
import org.cupola.fleet.SiteDiff;
import org.eclipse.compare.CompareConfiguration;
import org.eclipse.compare.CompareEditorInput;
import org.eclipse.compare.IEncodedStreamContentAccessor;
import org.eclipse.compare.ITypedElement;
import org.eclipse.compare.structuremergeviewer.Differencer;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;

/**
 * Eclipse Compare on two site descriptions (their JSON, one setting per line), read-only: the left side is the wanted
 * one (a site file or the first server), the right side a server. Both sites are already loaded (a job fetched them);
 * preparing the input only compares text, and also computes the differences in words ({@link SiteDiff}).
 */
public final class SiteCompareInput extends CompareEditorInput {

	/**
	 * One side.
	 *
	 * @param label
	 *            a file name or a server
	 * @param site
	 *            its site description
	 */
	public record Side(String label, Site site) {
	}

	private final Side left;
	private final Side right;
	private List<Difference> differences = List.of();

	/**
	 * @param left
	 *            the wanted side
	 * @param right
	 *            the actual side (a server)
	 */
	public SiteCompareInput(Side left, Side right) {
		super(configuration(left, right));
		this.left = left;
		this.right = right;
		setTitle(NLS.bind(Messages.Compare_title, left.label(), right.label()));
	}

	private static CompareConfiguration configuration(Side left, Side right) {
		CompareConfiguration cc = new CompareConfiguration();
		cc.setLeftEditable(false);
		cc.setRightEditable(false);
		cc.setLeftLabel(left.label());
		cc.setRightLabel(right.label());
		// Compare's default swaps the panes (the local side on the right); the wanted side stays on the left here
		cc.setProperty(CompareConfiguration.MIRRORED, Boolean.FALSE);
		return cc;
	}

	@Override
	protected Object prepareInput(IProgressMonitor monitor) {
		differences = SiteDiff.compare(left.site(), right.site());
		// null when the texts are equal: Compare then says there is no difference
		return new Differencer().findDifferences(false, monitor, null, null, new SiteText(left),
				new SiteText(right));
	}

	/** {@return the differences in words, once the input is prepared} */
	public List<Difference> getDifferences() {
		return differences;
	}

	/** {@return the differences as lines a human reads} */
	public List<String> describeDifferences() {
		return differences.stream().map(d -> d.describe(left.label(), right.label())).toList();
	}

	/** {@return the wanted side} */
	public Side getLeft() {
		return left;
	}

	/** {@return the actual side} */
	public Side getRight() {
		return right;
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	/** One side's JSON as a text element of Compare. */
	public static final class SiteText implements ITypedElement, IEncodedStreamContentAccessor {
		private final String name;
		private final byte[] json;

		SiteText(Side side) {
			name = side.label();
			json = side.site().toJson().getBytes(StandardCharsets.UTF_8);
		}

		@Override
		public String getName() {
			return name;
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public String getType() {
			return ITypedElement.TEXT_TYPE;
		}

		@Override
		public InputStream getContents() {
			return new ByteArrayInputStream(json);
		}

		@Override
		public String getCharset() {
			return StandardCharsets.UTF_8.name();
		}
	}
}

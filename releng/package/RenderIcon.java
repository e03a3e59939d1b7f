import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.SVGLoader;

/** Renders releng/package/cupola.svg to PNGs for the Debian package: java -cp jsvg.jar RenderIcon.java SVG OUT SIZE... */
public class RenderIcon {
	public static void main(String[] args) throws Exception {
		SVGDocument doc = new SVGLoader().load(Path.of(args[0]).toUri().toURL());
		for (int i = 2; i < args.length; i++) {
			int n = Integer.parseInt(args[i]);
			BufferedImage img = new BufferedImage(n, n, BufferedImage.TYPE_INT_ARGB);
			Graphics2D g = img.createGraphics();
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.scale(n / doc.size().width, n / doc.size().height);
			doc.render(null, g);
			g.dispose();
			ImageIO.write(img, "png", new File(args[1], "cupola-" + n + ".png"));
		}
	}
}

package org.leakaid.protect.watermark;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * Draws a text over a whole picture, repeated in staggered rows tilted by 30 degrees, so that no
 * crop of a useful size is free of it and no single patch can be painted over to remove it. Each
 * copy is filled semi-transparent dark and edged semi-transparent white, which shows on light and
 * dark parts alike while the document under it stays readable.
 */
public final class TiledText {

  static final double ANGLE = Math.toRadians(-30);
  static final float FILL_ALPHA = 0.36f;
  static final float EDGE_ALPHA = 0.30f;

  private TiledText() {}

  /** The text size for a picture: a 16th of its shorter side, at least 14 px. */
  static float sizeFor(int width, int height) {
    return Math.max(14f, Math.min(width, height) / 16f);
  }

  public static void draw(BufferedImage image, String text) {
    Graphics2D g = image.createGraphics();
    try {
      draw(g, image.getWidth(), image.getHeight(), text);
    } finally {
      g.dispose();
    }
  }

  static void draw(Graphics2D g, int width, int height, String text) {
    float size = sizeFor(width, height);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    FontRenderContext frc = g.getFontRenderContext();
    TextLayout layout = new TextLayout(WatermarkFont.styled(text, size).getIterator(), frc);
    Shape glyphs = layout.getOutline(null);
    double textWidth = layout.getAdvance();
    double stepX = textWidth + size * 1.5;
    double stepY = size * 2.4;
    double diagonal = Math.hypot(width, height);
    BasicStroke edge = new BasicStroke(Math.max(1f, size / 18f));
    Color fill = new Color(40, 40, 40);
    AffineTransform base = g.getTransform();
    g.translate(width / 2.0, height / 2.0);
    g.rotate(ANGLE);
    int row = 0;
    for (double y = -diagonal / 2 - stepY; y <= diagonal / 2 + stepY; y += stepY, row++) {
      double offset = (row % 2) * stepX / 2; // stagger: no column of gaps runs down the picture
      for (double x = -diagonal / 2 - stepX - offset; x <= diagonal / 2 + stepX; x += stepX) {
        Shape copy = AffineTransform.getTranslateInstance(x, y).createTransformedShape(glyphs);
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, FILL_ALPHA));
        g.setColor(fill);
        g.fill(copy);
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, EDGE_ALPHA));
        g.setColor(Color.WHITE);
        g.setStroke(edge);
        g.draw(copy);
      }
    }
    g.setTransform(base);
  }
}

package org.leakaid.evidence.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Chinese and Latin text on a PDF page in two fonts: Helvetica for Latin-1, the embedded CJK font
 * for the rest, and Helvetica again for what the CJK font lacks and WinAnsi has (• “ ” … —). A
 * character neither can draw is drawn as "?". Used by the evidence list (证据目录) and the printed
 * plan.
 *
 * <p>Widths are summed per character from a cache: measuring each candidate line whole made
 * wrapping quadratic in a paragraph's length.
 */
public final class MixedFontText {
  private final PDFont latin = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final PDFont cjk;
  private final Map<Integer, PDFont> fonts = new HashMap<>();
  private final Map<Integer, Float> advances = new HashMap<>();

  /** {@code cjk}: the embedded font for Chinese, loaded into the document being written. */
  public MixedFontText(PDFont cjk) {
    this.cjk = cjk;
  }

  /** Draws one line of {@code text} with its baseline at ({@code x}, {@code baseline}). */
  public void show(PDPageContentStream content, String text, float x, float baseline, float size)
      throws IOException {
    if (text.isEmpty()) {
      return;
    }
    content.beginText();
    content.newLineAtOffset(x, baseline);
    StringBuilder run = new StringBuilder();
    PDFont runFont = null;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      PDFont font = fontFor(cp);
      if (font != runFont && run.length() > 0) {
        content.setFont(runFont, size);
        content.showText(run.toString());
        run.setLength(0);
      }
      runFont = font;
      run.append(glyph(cp));
    }
    content.setFont(runFont, size);
    content.showText(run.toString());
    content.endText();
  }

  /** The width of {@code text} at {@code size}, in points. */
  public float width(String text, float size) {
    float width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      width += advance(cp);
    }
    return width * size;
  }

  /**
   * Breaks {@code text} into lines no wider than {@code maxWidth}: Chinese at any character, other
   * text at its last space where there is one. Each "\n" starts a new line.
   */
  public List<String> wrap(String text, float size, float maxWidth) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.split("\n", -1)) {
      StringBuilder line = new StringBuilder();
      float lineWidth = 0;
      int lastSpace = -1;
      for (int i = 0; i < paragraph.length(); ) {
        int cp = paragraph.codePointAt(i);
        line.appendCodePoint(cp);
        i += Character.charCount(cp);
        lineWidth += advance(cp) * size;
        if (cp == ' ') {
          lastSpace = line.length();
        }
        if (lineWidth > maxWidth && line.length() > 1) {
          int cut =
              lastSpace > 0 && lastSpace < line.length()
                  ? lastSpace
                  : line.length() - Character.charCount(cp);
          lines.add(line.substring(0, cut).stripTrailing());
          String rest = line.substring(cut);
          line.setLength(0);
          line.append(rest);
          lineWidth = width(rest, size);
          lastSpace = -1;
        }
      }
      lines.add(line.toString());
    }
    return lines;
  }

  private float advance(int cp) {
    return advances.computeIfAbsent(
        cp,
        c -> {
          try {
            return fontFor(c).getStringWidth(glyph(c)) / 1000;
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private String glyph(int cp) {
    return drawable(cp) ? new String(Character.toChars(cp)) : "?";
  }

  private boolean drawable(int cp) {
    PDFont font = fontFor(cp);
    return font != latin || canEncode(latin, new String(Character.toChars(cp)));
  }

  /** The font that draws this character; Helvetica (drawing "?") when none can. */
  private PDFont fontFor(int cp) {
    return fonts.computeIfAbsent(
        cp,
        c -> {
          String s = new String(Character.toChars(c));
          if (Character.isISOControl(c)) {
            return latin;
          }
          if (c < 0x100 && canEncode(latin, s)) {
            return latin;
          }
          return canEncode(cjk, s) ? cjk : latin;
        });
  }

  private static boolean canEncode(PDFont font, String s) {
    try {
      font.encode(s);
      return true;
    } catch (IllegalArgumentException | IOException e) {
      return false;
    }
  }
}

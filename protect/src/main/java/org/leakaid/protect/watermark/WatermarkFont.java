package org.leakaid.protect.watermark;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.TextAttribute;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import org.leakaid.protect.RefusedInput;

/**
 * The fonts a watermark is drawn in. Chinese comes from the CJK font the evidence module ships
 * (Droid Sans Fallback, Apache License 2.0; see its font/NOTICE.txt), so a machine without Chinese
 * fonts still draws 仅供 and not empty boxes. That font has no ASCII letters or digits: those are
 * drawn in Java's logical sans-serif font, and where the system has no font for them either, in
 * their full-width forms (２０２６), which the CJK font has.
 */
public final class WatermarkFont {

  /**
   * Where the evidence module keeps the font (its EvidenceListPdf embeds the same file in PDFs).
   */
  static final String CJK_RESOURCE = "/org/leakaid/evidence/pack/font/DroidSansFallbackFull.ttf";

  private static final class Loaded {
    static final Font CJK = load();
  }

  private WatermarkFont() {}

  /** The CJK font at size 1 (derive the size you need). */
  public static Font cjk() {
    return Loaded.CJK;
  }

  private static Font load() {
    try (InputStream in = WatermarkFont.class.getResourceAsStream(CJK_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "the CJK font "
                + CJK_RESOURCE
                + " is missing: leakaid-evidence must be on the classpath");
      }
      return Font.createFont(Font.TRUETYPE_FONT, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (FontFormatException e) {
      throw new IllegalStateException("the CJK font cannot be read", e);
    }
  }

  /**
   * {@code text} with a font on each run of characters, at {@code size} pixels.
   *
   * @throws RefusedInput TEXT_NOT_DRAWABLE naming the first character no font can draw
   */
  public static AttributedString styled(String text, float size) {
    Font cjk = cjk().deriveFont(Font.PLAIN, size);
    Font latin = new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(size));
    StringBuilder drawn = new StringBuilder(text.length());
    List<Font> fonts = new ArrayList<>();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      Font font;
      int shown = cp;
      if (cp == ' ' || cjk.canDisplay(cp)) {
        font = cjk;
      } else if (latin.canDisplay(cp) && latin.getFamily().length() > 0) {
        font = latin;
      } else if (cp >= 0x21 && cp <= 0x7E && cjk.canDisplay(cp + 0xFEE0)) {
        font = cjk;
        shown = cp + 0xFEE0; // full-width form
      } else {
        throw new RefusedInput(
            RefusedInput.Reason.TEXT_NOT_DRAWABLE,
            "no font here can draw '"
                + new String(Character.toChars(cp))
                + "' (U+"
                + Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT)
                + "); leave it out");
      }
      int before = drawn.length();
      drawn.appendCodePoint(shown);
      for (int k = before; k < drawn.length(); k++) {
        fonts.add(font);
      }
    }
    AttributedString styled = new AttributedString(drawn.toString());
    int start = 0;
    for (int k = 1; k <= fonts.size(); k++) {
      if (k == fonts.size() || fonts.get(k) != fonts.get(start)) {
        styled.addAttribute(TextAttribute.FONT, fonts.get(start), start, k);
        start = k;
      }
    }
    return styled;
  }
}

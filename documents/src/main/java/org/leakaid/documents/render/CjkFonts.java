package org.leakaid.documents.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The fonts the PDFs embed, parsed once per JVM. LXGW WenKai (OFL 1.1, shipped in this module, see
 * font/NOTICE.txt) draws Latin, digits, all of the CJK Unified Ideographs block and the rarer
 * characters of the Table of General Standard Chinese Characters, 𠮷 among them; Droid Sans
 * Fallback (Apache 2.0, shipped in leakaid-evidence for the evidence list) fills in the CJK
 * Extension A characters WenKai lacks. Only the glyphs a document uses are embedded.
 *
 * <p>The parsed fonts are shared by every PDF, and fontbox's font objects read their file lazily
 * through one cursor, so a PDF is made under {@link #LOCK}, one at a time.
 */
final class CjkFonts {
  static final String PRIMARY = "/org/leakaid/documents/font/LXGWWenKai-Regular.ttf";
  static final String FALLBACK = "/org/leakaid/evidence/pack/font/DroidSansFallbackFull.ttf";
  static final Object LOCK = new Object();

  private static final class Loaded {
    static final TrueTypeFont PRIMARY_FONT = parse(PRIMARY);
    static final TrueTypeFont FALLBACK_FONT = parse(FALLBACK);
  }

  private CjkFonts() {}

  static TrueTypeFont primary() {
    return Loaded.PRIMARY_FONT;
  }

  static TrueTypeFont fallback() {
    return Loaded.FALLBACK_FONT;
  }

  /** Whether the font has a real glyph for the character (not .notdef). */
  static boolean has(TrueTypeFont font, int codePoint) {
    try {
      return font.getUnicodeCmapLookup().getGlyphId(codePoint) > 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static TrueTypeFont parse(String resource) {
    try (InputStream in = CjkFonts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the font " + resource + " is not on the class path");
      }
      return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the font " + resource, e);
    }
  }
}

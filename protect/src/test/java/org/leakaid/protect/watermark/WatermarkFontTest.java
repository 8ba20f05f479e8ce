package org.leakaid.protect.watermark;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Chinese is drawn as Chinese: each character a glyph of its own, none the "missing" box. */
class WatermarkFontTest {

  static final FontRenderContext FRC = new FontRenderContext(null, true, true);

  @Test
  void theShippedFontHasEveryChineseCharacterOfTheStandardText() {
    Font cjk = WatermarkFont.cjk();
    assertThat(cjk.canDisplayUpTo("仅供某某银行办理开户使用，他用无效年月日")).isEqualTo(-1);
  }

  @Test
  void chineseCharactersAreDrawnAsDistinctGlyphsNotBoxes() {
    Font font = WatermarkFont.cjk().deriveFont(48f);
    int[] missing = {font.getMissingGlyphCode()};
    int[] box = pixels(font.createGlyphVector(FRC, missing));
    String text = "仅供他用无效";
    int[][] drawn = new int[text.length()][];
    for (int i = 0; i < text.length(); i++) {
      TextLayout layout =
          new TextLayout(WatermarkFont.styled(text.substring(i, i + 1), 48f).getIterator(), FRC);
      drawn[i] = pixels(layout);
      assertThat(Arrays.stream(drawn[i]).sum()).as("ink of %s", text.charAt(i)).isPositive();
      assertThat(drawn[i]).as("%s is not the missing-glyph box", text.charAt(i)).isNotEqualTo(box);
    }
    for (int i = 0; i < drawn.length; i++) {
      for (int k = i + 1; k < drawn.length; k++) {
        assertThat(drawn[i]).as("%s vs %s", text.charAt(i), text.charAt(k)).isNotEqualTo(drawn[k]);
      }
    }
  }

  @Test
  void digitsAndLatinLettersAreDrawnToo() {
    TextLayout layout = new TextLayout(WatermarkFont.styled("ABC 2026", 48f).getIterator(), FRC);
    assertThat(layout.getAdvance()).isGreaterThan(100f);
    assertThat(Arrays.stream(pixels(layout)).sum()).isPositive();
  }

  private static int[] pixels(Object drawable) {
    BufferedImage image = new BufferedImage(80, 80, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    if (drawable instanceof GlyphVector glyphs) {
      g.drawGlyphVector(glyphs, 10, 60);
    } else {
      ((TextLayout) drawable).draw(g, 10, 60);
    }
    g.dispose();
    return image.getRaster().getPixels(0, 0, 80, 80, (int[]) null);
  }
}

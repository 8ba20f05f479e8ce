package org.leakaid.app.protect;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.leakaid.protect.RefusedInput;
import org.leakaid.protect.image.BlackOut;
import org.leakaid.protect.image.Photo;
import org.leakaid.protect.watermark.WatermarkText;
import org.leakaid.protect.watermark.Watermarker;
import org.springframework.stereotype.Service;

/** The watermark and the waybill black-out, one picture at a time ({@link ImageJobs}). */
@Service
class ImageTools {

  private final ImageJobs jobs;
  private final Watermarker watermarker = new Watermarker();
  private final Clock clock;

  ImageTools(ImageJobs jobs, Clock clock) {
    this.jobs = jobs;
    this.clock = clock;
  }

  /** The text for a recipient and purpose, dated today (China time). */
  String text(String recipient, String purpose) {
    return WatermarkText.forUse(
        recipient, purpose, LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai"))));
  }

  Watermarker.Result watermark(byte[] file, String text) {
    return jobs.run(() -> watermarker.apply(file, text));
  }

  BlackOut.Result blackOut(byte[] file, List<BlackOut.Area> areas) {
    return jobs.run(() -> BlackOut.apply(file, areas, Photo.DEFAULT_MAX_PIXELS));
  }

  /**
   * Areas as the page's script writes them: {@code x,y,w,h} fractions of the picture, separated by
   * {@code ;}. Blank means none.
   */
  static List<BlackOut.Area> areas(String spec) {
    List<BlackOut.Area> areas = new ArrayList<>();
    if (spec == null || spec.isBlank()) {
      return areas;
    }
    String[] parts = spec.split(";");
    if (parts.length > BlackOut.MAX_AREAS) {
      throw new RefusedInput(
          RefusedInput.Reason.BAD_AREAS, "at most " + BlackOut.MAX_AREAS + " areas per picture");
    }
    for (String part : parts) {
      String[] n = part.strip().split(",");
      if (n.length != 4) {
        throw new RefusedInput(
            RefusedInput.Reason.BAD_AREAS, "areas: x,y,width,height;... as fractions 0..1");
      }
      try {
        areas.add(
            new BlackOut.Area(
                Double.parseDouble(n[0]),
                Double.parseDouble(n[1]),
                Double.parseDouble(n[2]),
                Double.parseDouble(n[3])));
      } catch (NumberFormatException e) {
        throw new RefusedInput(
            RefusedInput.Reason.BAD_AREAS, "areas: x,y,width,height;... as fractions 0..1");
      }
    }
    return areas;
  }
}

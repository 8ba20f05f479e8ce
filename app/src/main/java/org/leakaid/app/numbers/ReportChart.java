package org.leakaid.app.numbers;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.leakaid.numbers.CommunityScore;
import org.leakaid.numbers.ReportTag;

/**
 * Reports on a number by tag and week, the last {@link #WEEKS} weeks, as a stacked bar chart drawn
 * in SVG by the template (no script: the pages' Content-Security-Policy allows none inline).
 */
record ReportChart(List<Bar> bars, List<Legend> legend, int width, int height) {

  static final int WEEKS = 12;
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final int BAR = 18;
  private static final int STEP = 26;
  private static final int HEIGHT = 120;

  /** Tag colours with at least 3:1 contrast on white, told apart by the legend too. */
  static final Map<ReportTag, String> COLOURS = new EnumMap<>(ReportTag.class);

  static {
    COLOURS.put(ReportTag.FRAUD, "#b3261e");
    COLOURS.put(ReportTag.FAKE_OFFICIAL, "#7a1d6f");
    COLOURS.put(ReportTag.HARASSMENT, "#a33b00");
    COLOURS.put(ReportTag.MARKETING, "#8a5a00");
    COLOURS.put(ReportTag.DEBT_COLLECTION, "#4a4a4a");
    COLOURS.put(ReportTag.COURIER, "#0b5cad");
    COLOURS.put(ReportTag.SAFE, "#1e6b34");
  }

  record Segment(ReportTag tag, int y, int height, String colour, int count) {}

  record Bar(int x, int labelX, String label, List<Segment> segments, int total) {}

  record Legend(ReportTag tag, String colour, int count) {}

  static ReportChart of(List<CommunityScore.Report> reports, Instant now) {
    LocalDate thisWeek =
        LocalDate.ofInstant(now, CHINA).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate firstWeek = thisWeek.minusWeeks(WEEKS - 1);
    int[][] counts = new int[WEEKS][ReportTag.values().length];
    int[] totals = new int[ReportTag.values().length];
    for (CommunityScore.Report r : reports) {
      totals[r.tag().ordinal()]++;
      LocalDate day = LocalDate.ofInstant(r.reportedAt(), CHINA);
      long week = ChronoUnit.WEEKS.between(firstWeek, day);
      if (!day.isBefore(firstWeek) && week < WEEKS) {
        counts[(int) week][r.tag().ordinal()]++;
      }
    }
    int max = 1;
    for (int[] week : counts) {
      int sum = 0;
      for (int c : week) {
        sum += c;
      }
      max = Math.max(max, sum);
    }
    List<Bar> bars = new ArrayList<>();
    for (int w = 0; w < WEEKS; w++) {
      List<Segment> segments = new ArrayList<>();
      int y = HEIGHT;
      int total = 0;
      for (ReportTag tag : ReportTag.values()) {
        int c = counts[w][tag.ordinal()];
        if (c > 0) {
          int h = Math.max(2, Math.round((float) c * HEIGHT / max));
          y -= h;
          segments.add(new Segment(tag, y, h, COLOURS.get(tag), c));
          total += c;
        }
      }
      LocalDate start = firstWeek.plusWeeks(w);
      bars.add(
          new Bar(
              4 + w * STEP,
              4 + w * STEP + BAR / 2,
              start.getMonthValue() + "/" + start.getDayOfMonth(),
              segments,
              total));
    }
    List<Legend> legend = new ArrayList<>();
    for (ReportTag tag : ReportTag.values()) {
      if (totals[tag.ordinal()] > 0) {
        legend.add(new Legend(tag, COLOURS.get(tag), totals[tag.ordinal()]));
      }
    }
    return new ReportChart(bars, legend, 8 + WEEKS * STEP, HEIGHT);
  }
}

package org.leakaid.app.evidence;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.leakaid.evidence.EvidenceItem;
import org.leakaid.evidence.EvidenceKind;

/**
 * The timeline page's model: items grouped by the day they happened (newest first), the count of
 * each kind per day drawn as a stacked bar chart (plain SVG geometry, no script: the pages' CSP
 * allows none inline), and the counterparts that appear most often.
 */
record Timeline(
    List<Day> days,
    List<Bar> bars,
    int chartWidth,
    int chartHeight,
    List<KindCount> legend,
    List<CounterpartCount> topCounterparts,
    int itemCount) {

  static final int BAR_WIDTH = 18;
  static final int BAR_GAP = 8;
  static final int CHART_HEIGHT = 120;
  static final int MAX_DAYS_CHARTED = 31;
  static final int TOP_COUNTERPARTS = 10;
  private static final Map<EvidenceKind, String> COLORS = new EnumMap<>(EvidenceKind.class);

  static {
    COLORS.put(EvidenceKind.CALL, "#c0392b");
    COLORS.put(EvidenceKind.SMS, "#2471a3");
    COLORS.put(EvidenceKind.EMAIL, "#7d3c98");
    COLORS.put(EvidenceKind.CHAT, "#17a589");
    COLORS.put(EvidenceKind.WEB_POST, "#d68910");
    COLORS.put(EvidenceKind.LETTER, "#566573");
    COLORS.put(EvidenceKind.IN_PERSON, "#a04000");
    COLORS.put(EvidenceKind.OTHER, "#909497");
  }

  record Day(String date, List<EvidenceItem> items, List<KindCount> counts) {}

  record KindCount(EvidenceKind kind, String label, long count, String color) {}

  record Bar(String label, String title, int x, int labelX, List<Segment> segments) {}

  record Segment(int y, int height, String color, String title) {}

  record CounterpartCount(String counterpart, long count) {}

  static Timeline of(List<EvidenceItem> items, Locale locale) {
    boolean en = "en".equals(locale.getLanguage());
    Map<LocalDate, List<EvidenceItem>> byDay = new TreeMap<>(Comparator.reverseOrder());
    for (EvidenceItem item : items) {
      byDay.computeIfAbsent(item.occurredAt().toLocalDate(), d -> new ArrayList<>()).add(item);
    }
    List<Day> days = new ArrayList<>();
    byDay.forEach(
        (date, dayItems) -> {
          dayItems.sort(Comparator.comparing((EvidenceItem i) -> i.occurredAt().toLocalTime()));
          days.add(new Day(date.toString(), dayItems, counts(dayItems, en)));
        });

    List<LocalDate> charted = new ArrayList<>(byDay.keySet());
    charted = charted.subList(0, Math.min(MAX_DAYS_CHARTED, charted.size()));
    java.util.Collections.reverse(charted);
    long max = charted.stream().mapToLong(d -> byDay.get(d).size()).max().orElse(1);
    List<Bar> bars = new ArrayList<>();
    DateTimeFormatter shortDay = DateTimeFormatter.ofPattern("M/d");
    for (int i = 0; i < charted.size(); i++) {
      LocalDate date = charted.get(i);
      int x = BAR_GAP + i * (BAR_WIDTH + BAR_GAP);
      int top = CHART_HEIGHT;
      List<Segment> segments = new ArrayList<>();
      for (KindCount c : counts(byDay.get(date), en)) {
        int height = (int) Math.max(2, Math.round(c.count() * (double) CHART_HEIGHT / max));
        top -= height;
        segments.add(new Segment(top, height, c.color(), date + " " + c.label() + " " + c.count()));
      }
      bars.add(
          new Bar(
              shortDay.format(date),
              date + ": " + byDay.get(date).size(),
              x,
              x + BAR_WIDTH / 2,
              segments));
    }
    int width = Math.max(200, BAR_GAP + charted.size() * (BAR_WIDTH + BAR_GAP));

    Map<String, Long> counterparts =
        items.stream()
            .filter(i -> i.counterpart() != null && !i.counterpart().isBlank())
            .collect(
                Collectors.groupingBy(
                    i -> i.counterpart().strip(), LinkedHashMap::new, Collectors.counting()));
    List<CounterpartCount> top =
        counterparts.entrySet().stream()
            .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
            .limit(TOP_COUNTERPARTS)
            .map(e -> new CounterpartCount(e.getKey(), e.getValue()))
            .toList();
    return new Timeline(days, bars, width, CHART_HEIGHT, counts(items, en), top, items.size());
  }

  static String label(EvidenceKind kind, boolean en) {
    return en ? kind.en() : kind.zh();
  }

  private static List<KindCount> counts(List<EvidenceItem> items, boolean en) {
    Map<EvidenceKind, Long> counts =
        items.stream()
            .collect(
                Collectors.groupingBy(
                    EvidenceItem::kind,
                    () -> new EnumMap<>(EvidenceKind.class),
                    Collectors.counting()));
    return counts.entrySet().stream()
        .map(
            e ->
                new KindCount(
                    e.getKey(), label(e.getKey(), en), e.getValue(), COLORS.get(e.getKey())))
        .toList();
  }
}

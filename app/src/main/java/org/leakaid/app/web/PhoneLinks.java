package org.leakaid.app.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.leakaid.knowledge.plan.PlanEngine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Turns the service numbers in a text (110, 96110, 12321... as the playbook lists them) into
 * tap-to-call links, so a frightened person on a phone calls with one tap instead of copying
 * digits. Pages use it as {@code ~{fragments/text :: linked(${text})}}; the text stays text
 * (escaped), only the numbers become {@code tel:} links. A number counts only standing alone: the
 * 110 inside 13811012345 or 2110 stays text.
 */
@Component("phoneLinks")
public class PhoneLinks {

  /** A piece of text, with {@code href} set when it is a number to call. */
  public record Segment(String text, String href) {}

  private final Pattern numbers;

  @Autowired
  PhoneLinks(PlanEngine engine) {
    this(engine.phones());
  }

  /** Links for these numbers, outside Spring (tests, the PDF). */
  public static PhoneLinks of(List<String> phones) {
    return new PhoneLinks(phones);
  }

  private PhoneLinks(List<String> phones) {
    // Longest first, so 96110 is not read as 96 and 110.
    String alternatives =
        phones.stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(Pattern::quote)
            .collect(Collectors.joining("|"));
    numbers = Pattern.compile("(?<![\\d.,\\-])(?:" + alternatives + ")(?![\\d])");
  }

  public List<Segment> segments(String text) {
    List<Segment> out = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    Matcher m = numbers.matcher(text);
    int at = 0;
    while (m.find()) {
      if (m.start() > at) {
        out.add(new Segment(text.substring(at, m.start()), null));
      }
      out.add(new Segment(m.group(), "tel:" + m.group()));
      at = m.end();
    }
    if (at < text.length()) {
      out.add(new Segment(text.substring(at), null));
    }
    return out;
  }

  /** The text's lines, each as segments; blank lines are dropped. */
  public List<List<Segment>> lines(String text) {
    List<List<Segment>> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        out.add(segments(line.strip()));
      }
    }
    return out;
  }

  /** The numbers to call in a text, each once, in the order they first appear. */
  public List<String> numbersIn(String text) {
    LinkedHashSet<String> found = new LinkedHashSet<>();
    if (text != null) {
      Matcher m = numbers.matcher(text);
      while (m.find()) {
        found.add(m.group());
      }
    }
    return List.copyOf(found);
  }
}

package org.leakaid.numbers;

import java.util.List;
import java.util.Map;

/**
 * The answer to "who is calling", as {@code GET /api/numbers/{number}} and {@code leakaid number
 * lookup} print it (DESIGN.md's fields first, then {@code official}, {@code notes} and {@code
 * extension}).
 *
 * @param reports reports per tag name, in the order of {@link ReportTag}
 * @param official the official body whose number this is, or null
 * @param notes facts that do not change the verdict, such as number portability
 */
public record LookupResult(
    String input,
    String e164,
    boolean valid,
    NumberType type,
    String region,
    String carrier,
    Verdict verdict,
    List<String> reasons,
    Map<String, Integer> reports,
    Official official,
    List<String> notes,
    String extension) {

  /** An official body, in the reader's language. */
  public record Official(String number, String name, String category, String source) {}
}

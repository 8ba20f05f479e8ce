package org.leakaid.numbers;

import java.util.List;

/**
 * What the number itself tells, before anyone's reports: its canonical form, kind, region and
 * carrier, the official body it belongs to, and risk hints.
 *
 * @param input the text as given
 * @param e164 {@code +8613800138000}; for mainland service numbers {@code +86} and the short number
 *     ({@code +8695588}), which is this project's canonical form, not a dialable one
 * @param key the E.164 digits as a number, the key of the offline database; -1 beyond E.164’s 15
 *     digits
 * @param extension an extension written after the number, else empty
 * @param region in the requested language; null when unknown
 * @param carrier the network operator in the requested language; null for landlines and others
 * @param official the official body whose number this is, or null
 * @param floor the least severe verdict the number deserves by itself (FRAUD for an imitation of an
 *     official number, SUSPICIOUS for an IoT card or a number that cannot exist)
 * @param hints risk hints and facts that explain the verdict
 * @param notes facts that do not change the verdict (number portability)
 */
public record NumberFacts(
    String input,
    String e164,
    long key,
    String extension,
    boolean valid,
    NumberType type,
    String region,
    String carrier,
    OfficialNumber official,
    Verdict floor,
    List<Reason> hints,
    List<Reason> notes) {

  /** The national digits of a mainland number ({@code 13800138000}), else null. */
  public String mainlandDigits() {
    return e164 != null && e164.startsWith("+86") && type != NumberType.OVERSEAS
        ? e164.substring(3)
        : null;
  }

  public boolean isMobileKind() {
    return type == NumberType.MOBILE || type == NumberType.VIRTUAL_MOBILE || type == NumberType.IOT;
  }
}

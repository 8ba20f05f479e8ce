package org.leakaid.scanner;

import java.util.EnumSet;
import java.util.Set;

/**
 * What to look for and how sure a finding must be to be reported.
 *
 * @param types the types to detect; an empty set detects nothing
 * @param minConfidence findings below this confidence are not reported (0..1)
 */
public record ScanOptions(Set<PiiType> types, float minConfidence) {

  /** The threshold at which a careful human would call a finding personal information. */
  public static final float DEFAULT_MIN_CONFIDENCE = 0.5f;

  public ScanOptions {
    if (types == null) {
      throw new IllegalArgumentException("types must not be null");
    }
    if (!(minConfidence >= 0f && minConfidence <= 1f)) {
      throw new IllegalArgumentException("minConfidence must be within 0..1: " + minConfidence);
    }
    types = types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
  }

  /** All types at the default threshold. */
  public static ScanOptions defaults() {
    return new ScanOptions(EnumSet.allOf(PiiType.class), DEFAULT_MIN_CONFIDENCE);
  }

  /** The given types at the default threshold. */
  public static ScanOptions of(Set<PiiType> types) {
    return new ScanOptions(types, DEFAULT_MIN_CONFIDENCE);
  }

  public boolean wants(PiiType type) {
    return types.contains(type);
  }
}

package org.leakaid.scanner.dump;

/**
 * What {@code --records} counted. {@code withPersonalInfo} = records holding a valid identifier (or
 * a name with an address), repeats included; {@code tier50 + tier500 + tier5000} = those counted
 * after art. 11 (= withPersonalInfo - duplicatesExcluded).
 */
public record RecordCounts(
    long total,
    long withPersonalInfo,
    long distinctPersons,
    long invalidExcluded,
    long duplicatesExcluded,
    long tier50,
    long tier500,
    long tier5000,
    long dedupLimit,
    boolean dedupLimitReached) {

  public long counted() {
    return tier50 + tier500 + tier5000;
  }
}

package org.leakaid.evidence.chain;

/**
 * The outcome of checking a case log: intact, or the first entry that does not match and why.
 *
 * @param firstBadSeq the sequence number of the first entry that does not match; 0 when intact
 * @param message one line for a person: what is wrong, or a summary when intact
 */
public record ChainVerification(boolean intact, long firstBadSeq, String message) {

  static ChainVerification ok(int entries, String head) {
    return new ChainVerification(true, 0, entries + " entries intact, head " + head);
  }

  static ChainVerification broken(long seq, String message) {
    return new ChainVerification(false, seq, message);
  }
}

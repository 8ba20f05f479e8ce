package org.leakaid.scanner;

/**
 * A segmenter with person-name recognition for running text, plugged in through {@link
 * java.util.ServiceLoader}: the scanner stays plain Java without dependencies, and a launcher that
 * wants names in news sentences puts an implementation (leakaid-prose-names, HanLP's portable
 * model) on the class path. The scanner calls it only on the prose pieces of a line (a run of Han
 * characters long enough to be a sentence, not inside a finding of its own rules) and checks each
 * name it returns against its own word lists (listed surname, 2-4 Han characters, no place, status
 * word or character that never stands in a given name) before it reports it. Implementations must
 * be safe to call from several threads at once.
 */
public interface ProseNames {

  /**
   * Person names the segmenter sees in {@code sentence}, as char offsets: start and end (exclusive)
   * of each, in order. An empty array when it sees none.
   */
  int[] names(String sentence);
}

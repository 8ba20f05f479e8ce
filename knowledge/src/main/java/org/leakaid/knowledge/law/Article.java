package org.leakaid.knowledge.law;

import java.util.List;
import org.leakaid.knowledge.Text;

/**
 * One article of a statute or judicial interpretation, quoted verbatim from the official edition.
 *
 * @param ref stable identifier: law code and article number, e.g. {@code PIPL-47}, {@code
 *     CRIMINAL_LAW-253-1} (art. 253-1, "第二百五十三条之一")
 * @param law the {@link Law#code()} this article belongs to
 * @param number the number as printed in the edition, e.g. "第四十七条"
 * @param oldNumbers the numbers the same provision had in earlier editions, as printed there, each
 *     with the edition it comes from, e.g. "第六十三条（2017年修正本）"; empty when never renumbered
 * @param text the official text, verbatim
 * @param summary what the article means for someone whose personal information leaked
 */
public record Article(
    String ref, String law, String number, List<String> oldNumbers, String text, Text summary) {

  public Article {
    oldNumbers = List.copyOf(oldNumbers);
  }
}

package org.leakaid.prosenames;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.Arrays;
import java.util.List;
import org.leakaid.scanner.ProseNames;

/**
 * HanLP portable's Viterbi segmenter with its Chinese person-name recognition (a role-tagging HMM
 * over the People's Daily corpus, shipped inside the jar). Only {@code nr} counts: transliterated
 * (nrf) and Japanese (nrj) names carry no Chinese surname, which the scanner's filters need.
 */
public final class HanlpProseNames implements ProseNames {

  /**
   * Without place and organisation recognition (the scanner finds addresses by its own rules), and
   * without part-of-speech tagging beyond the segmenter's own: the fastest setting that names
   * people. Segment.seg is safe to call from several threads: its configuration is read only.
   */
  private final Segment segment =
      HanLP.newSegment()
          .enableNameRecognize(true)
          .enablePlaceRecognize(false)
          .enableOrganizationRecognize(false)
          .enableTranslatedNameRecognize(false)
          .enableJapaneseNameRecognize(false)
          .enableNumberQuantifierRecognize(false)
          .enableCustomDictionary(false);

  @Override
  public int[] names(String sentence) {
    List<Term> terms = segment.seg(sentence);
    int[] out = new int[8];
    int n = 0;
    int at = 0;
    for (Term t : terms) {
      // Term.offset is not filled by every segmenter: the words cover the sentence in order.
      int start = at;
      at += t.word.length();
      if (t.nature == Nature.nr
          && !(t.word.length() >= 3 && isCommonWord(t.word.substring(0, 2)))
          && !(start > 0 && isCommonWord(sentence.substring(start - 1, start + 1)))) {
        if (n + 2 > out.length) {
          out = Arrays.copyOf(out, out.length * 2);
        }
        out[n++] = start;
        out[n++] = at;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /**
   * Whether two characters are a common word the dictionary seldom tags as a name: the name model
   * glued a word to the next character (程序 in 程序独任, 高兴 in 高兴地), or took the second half of a word
   * for a surname (有关 in 有关公民). A two-character hit is judged whole by the model, so only longer
   * hits and the character before a hit are asked.
   */
  private static boolean isCommonWord(String pair) {
    CoreDictionary.Attribute a = CoreDictionary.get(pair);
    if (a == null || a.totalFrequency < 20) {
      return false;
    }
    int asName = a.getNatureFrequency(Nature.nr);
    return asName * 10 < a.totalFrequency;
  }
}

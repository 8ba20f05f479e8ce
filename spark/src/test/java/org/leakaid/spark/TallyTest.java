package org.leakaid.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The driver adds up the tallies of partitions and buckets in whatever order Spark returns them:
 * the sums, the unreadable files and the first watch-list hit must not depend on that order.
 */
class TallyTest {

  @Test
  void aFileWhoseSplitsFailInSeveralPartitionsIsOneUnreadableFile() {
    Tally a = new Tally(0);
    a.unreadableSplitFiles.add("file:/dumps/big.csv");
    a.unreadable = 1; // a whole file elsewhere
    Tally b = new Tally(0);
    b.unreadableSplitFiles.add("file:/dumps/big.csv");
    Tally c = new Tally(0);
    c.unreadableSplitFiles.add("file:/dumps/other.csv");
    assertThat(new Tally(0).merge(a).merge(b).merge(c).unreadableFiles()).isEqualTo(3);
  }

  @Test
  void theFirstWatchHitIsTheEarliestInInputOrderWhateverTheMergeOrder() {
    Tally late = new Tally(2);
    late.watchCounts[0] = 3;
    late.watchOrder[0] = 7;
    late.watchOffset[0] = 10;
    late.watchPath[0] = "file:/b.csv";
    Tally early = new Tally(2);
    early.watchCounts[0] = 2;
    early.watchOrder[0] = 2;
    early.watchOffset[0] = 900;
    early.watchPath[0] = "file:/a.csv";
    early.watchCounts[1] = 1;
    early.watchOrder[1] = 2;
    early.watchOffset[1] = 5;
    early.watchPath[1] = "file:/a.csv";
    Tally[] orders = {new Tally(2).merge(late).merge(early), new Tally(2).merge(early).merge(late)};
    for (Tally t : orders) {
      assertThat(t.watchCounts).containsExactly(5, 1);
      assertThat(t.watchPath[0]).isEqualTo("file:/a.csv");
      assertThat(t.watchOffset[0]).isEqualTo(900);
      assertThat(t.watchPath[1]).isEqualTo("file:/a.csv");
    }
  }
}

package org.anodex.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LatenciesTest {

  @Test
  void percentilesByNearestRank() {
    long[] nanos = new long[100];
    for (int i = 0; i < 100; i++) {
      nanos[i] = (100 - i) * 1_000_000L; // 100 ms down to 1 ms, unsorted
    }
    Latencies l = Latencies.of(nanos, 100, 2.0, 0);
    assertEquals(50.0, l.percentileMs(50));
    assertEquals(99.0, l.percentileMs(99));
    assertEquals(1.0, l.percentileMs(0));
    assertEquals(50.0, l.perSecond());
  }

  @Test
  void aClosedLoopCountsWhatItSends() throws Exception {
    Latencies l = new ClosedLoop(0.05, 0.2).run(() -> i -> Thread.sleep(1), 2);
    assertEquals(0, l.errors());
    assertEquals(true, l.count() > 50 && l.percentileMs(50) >= 1.0, "count " + l.count());
  }
}

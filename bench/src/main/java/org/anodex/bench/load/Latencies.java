package org.anodex.bench.load;

import java.util.Arrays;

/** Recorded latencies (nanoseconds) of one run and what is quoted of them. */
public record Latencies(long[] sortedNanos, double seconds, int errors) {

  public static Latencies of(long[] nanos, int count, double seconds, int errors) {
    long[] sorted = Arrays.copyOf(nanos, count);
    Arrays.sort(sorted);
    return new Latencies(sorted, seconds, errors);
  }

  public int count() {
    return sortedNanos.length;
  }

  /** The {@code p}-th percentile in milliseconds (nearest rank). */
  public double percentileMs(double p) {
    if (sortedNanos.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100 * sortedNanos.length);
    return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))] / 1e6;
  }

  public double perSecond() {
    return sortedNanos.length / seconds;
  }
}

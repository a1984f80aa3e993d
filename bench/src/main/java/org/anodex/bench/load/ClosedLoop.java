package org.anodex.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A closed-loop load: N connections, each a thread sending its next request as soon as the last was
 * answered, for a warm-up then a fixed measured time. Thread {@code t} starts at query {@code t *
 * 53} of the set and walks it in order, so the connections do not ask the same query at the same
 * moment.
 */
public final class ClosedLoop {
  private final double warmUpSeconds;
  private final double seconds;

  public ClosedLoop(double warmUpSeconds, double seconds) {
    this.warmUpSeconds = warmUpSeconds;
    this.seconds = seconds;
  }

  /**
   * Every query once, in order, on one connection: what each request costs the first time it is
   * seen (no cache of any system holds it yet; Anodex keeps the embeddings of the last 1,024
   * queries). Also makes the timed warm-up that follows start from the same state for every system.
   */
  public Latencies firstPass(Target target, int queries) {
    Target.Caller caller = target.caller();
    long[] nanos = new long[queries];
    int errors = 0;
    long start = System.nanoTime();
    int n = 0;
    for (int i = 0; i < queries; i++) {
      long before = System.nanoTime();
      try {
        caller.call(i);
        nanos[n++] = System.nanoTime() - before;
      } catch (Exception e) {
        if (errors++ == 0) {
          System.err.println("request failed: " + e.getMessage());
        }
      }
    }
    return Latencies.of(nanos, n, (System.nanoTime() - start) / 1e9, errors);
  }

  public Latencies run(Target target, int connections) throws InterruptedException {
    long start = System.nanoTime();
    long measureFrom = start + (long) (warmUpSeconds * 1e9);
    long end = measureFrom + (long) (seconds * 1e9);
    List<long[]> recorded = new ArrayList<>();
    int[] counts = new int[connections];
    AtomicInteger errors = new AtomicInteger();
    AtomicInteger firstError = new AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < connections; t++) {
      int thread = t;
      long[] nanos = new long[1 << 16];
      recorded.add(nanos);
      Thread th =
          new Thread(
              () -> {
                Target.Caller caller = target.caller();
                long[] mine = nanos;
                int n = 0;
                for (int i = thread * 53; ; i++) {
                  long before = System.nanoTime();
                  if (before >= end) {
                    break;
                  }
                  try {
                    caller.call(i);
                  } catch (Exception e) {
                    if (firstError.getAndIncrement() == 0) {
                      System.err.println("request failed: " + e.getMessage());
                    }
                    errors.incrementAndGet();
                    continue;
                  }
                  long after = System.nanoTime();
                  if (before >= measureFrom && after <= end) {
                    if (n == mine.length) {
                      mine = java.util.Arrays.copyOf(mine, n * 2);
                    }
                    mine[n++] = after - before;
                  }
                }
                synchronized (recorded) {
                  recorded.set(thread, mine);
                  counts[thread] = n;
                }
              },
              "load-" + t);
      threads.add(th);
      th.start();
    }
    for (Thread th : threads) {
      th.join();
    }
    int total = 0;
    for (int c : counts) {
      total += c;
    }
    long[] all = new long[total];
    int at = 0;
    for (int t = 0; t < connections; t++) {
      System.arraycopy(recorded.get(t), 0, all, at, counts[t]);
      at += counts[t];
    }
    return Latencies.of(all, total, seconds, errors.get());
  }
}

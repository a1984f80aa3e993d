package org.anodex.ingest;

import java.io.PrintStream;

/** Reports the background embedder's progress: papers done of those waiting when it started, and the rate. */
public interface EmbedProgress {

  void update(int done, int total);

  void done();

  EmbedProgress NONE = new EmbedProgress() {
    @Override
    public void update(int done, int total) {}

    @Override
    public void done() {}
  };

  /**
   * A line on {@code out} every {@code everyMillis}: redrawn in place on a terminal ({@code inPlace}),
   * else one line each time (a server's log).
   */
  static EmbedProgress lines(PrintStream out, long everyMillis, boolean inPlace) {
    return new EmbedProgress() {
      private final long start = System.nanoTime();
      private long last = start;
      private boolean drawn;

      @Override
      public synchronized void update(int done, int total) {
        long now = System.nanoTime();
        if (now - last < everyMillis * 1_000_000L) {
          return;
        }
        last = now;
        double rate = done / Math.max(1e-9, (now - start) / 1e9);
        long left = rate > 0 ? Math.round(Math.max(0, total - done) / rate) : -1;
        out.printf("%sembedding: %d of %d papers (%.1f/s%s)%s", inPlace ? "\r" : "", done, total, rate,
            left >= 0 ? String.format(", about %d min %02d s left", left / 60, left % 60) : "", inPlace ? " " : "\n");
        out.flush();
        drawn = true;
      }

      @Override
      public synchronized void done() {
        if (drawn && inPlace) {
          out.println();
        }
      }
    };
  }
}

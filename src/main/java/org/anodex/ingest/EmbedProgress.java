package org.anodex.ingest;

import java.io.PrintStream;
import me.tongfei.progressbar.ProgressBar;

/**
 * Reports the background embedder's progress: papers done of those waiting when it started, rate,
 * time left.
 */
public interface EmbedProgress {

  void update(int done, int total);

  void done();

  EmbedProgress NONE =
      new EmbedProgress() {
        @Override
        public void update(int done, int total) {}

        @Override
        public void done() {}
      };

  /**
   * A bar redrawn in place on a terminal ({@code inPlace}), else a line on {@code out} every {@code
   * everyMillis} (a server's log).
   */
  static EmbedProgress lines(PrintStream out, long everyMillis, boolean inPlace) {
    return new EmbedProgress() {
      private ProgressBar bar; // started at the first update, when the number of papers is known

      @Override
      public synchronized void update(int done, int total) {
        if (bar == null) {
          bar = Bars.start("embedding", "papers", total, out, inPlace, everyMillis);
        }
        bar.maxHint(total);
        bar.stepTo(done);
      }

      @Override
      public synchronized void done() {
        if (bar != null) {
          bar.close();
          // a next run (the server's embedder runs again and again) starts a bar of its own
          bar = null;
        }
      }
    };
  }
}

package org.anodex.ingest;

import java.io.PrintStream;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;

/**
 * Reports ingest progress (files done of all, their outcomes so far, rate and time left): a bar
 * redrawn in place on a terminal, a plain line every few seconds through a pipe or into a log.
 */
public interface Progress {

  void update(int filesDone, int files, int added, int updated, int unchanged, int failed);

  void done();

  Progress NONE =
      new Progress() {
        @Override
        public void update(
            int filesDone, int files, int added, int updated, int unchanged, int failed) {}

        @Override
        public void done() {}
      };

  /** How often a line is written where the output is not a terminal. */
  long LOG_EVERY_MILLIS = 5_000;

  /** A bar on a terminal ({@code terminal}), else a line every {@link #LOG_EVERY_MILLIS}. */
  static Progress to(PrintStream out, boolean terminal) {
    return terminal ? of(out, true, 200) : lines(out, LOG_EVERY_MILLIS);
  }

  /** A plain line on {@code out} every {@code everyMillis}, and one at the end. */
  static Progress lines(PrintStream out, long everyMillis) {
    return of(out, false, everyMillis);
  }

  private static Progress of(PrintStream out, boolean terminal, long everyMillis) {
    return new Progress() {
      private ProgressBar bar; // started at the first update, when the number of files is known

      @Override
      public synchronized void update(
          int filesDone, int files, int added, int updated, int unchanged, int failed) {
        if (bar == null) {
          bar = Bars.start("ingest", "files", files, out, terminal, everyMillis);
        }
        bar.maxHint(files);
        bar.stepTo(filesDone);
        bar.setExtraMessage(
            String.format(
                Locale.ROOT,
                " %d added, %d updated, %d unchanged, %d failed",
                added,
                updated,
                unchanged,
                failed));
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

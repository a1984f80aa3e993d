package org.anodex.ingest;

import java.io.PrintStream;

/** Reports ingest progress: a one-line bar on a terminal, nothing otherwise. */
public interface Progress {

  void update(int filesDone, int files, int added, int updated, int unchanged, int failed);

  void done();

  Progress NONE = new Progress() {
    @Override
    public void update(int filesDone, int files, int added, int updated, int unchanged, int failed) {}

    @Override
    public void done() {}
  };

  /** A progress bar redrawn in place on {@code out}, at most every 200 ms. */
  static Progress bar(PrintStream out) {
    return new Progress() {
      private long last;
      private boolean drawn;

      @Override
      public synchronized void update(int filesDone, int files, int added, int updated, int unchanged, int failed) {
        long now = System.nanoTime();
        if (now - last < 200_000_000L && filesDone < files) {
          return;
        }
        last = now;
        int width = 30;
        int filled = files == 0 ? width : width * filesDone / files;
        out.printf("\r[%s%s] %d/%d files  %d added  %d updated  %d unchanged  %d failed ",
            "#".repeat(filled), " ".repeat(width - filled), filesDone, files, added, updated, unchanged, failed);
        out.flush();
        drawn = true;
      }

      @Override
      public synchronized void done() {
        if (drawn) {
          out.println();
        }
      }
    };
  }
}

package org.anodex.ingest;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress bars of the progressbar library, with rate and time left: redrawn in place on a
 * terminal, else a plain ASCII line each interval (a pipe, a server's log).
 */
final class Bars {
  private Bars() {}

  static ProgressBar start(
      String task, String unit, long max, PrintStream out, boolean terminal, long everyMillis) {
    return new ProgressBarBuilder()
        .setTaskName(task)
        .setInitialMax(max)
        .setUnit(" " + unit, 1)
        .showSpeed()
        .setUpdateIntervalMillis((int) everyMillis)
        .setStyle(terminal ? ProgressBarStyle.COLORFUL_UNICODE_BLOCK : ProgressBarStyle.ASCII)
        // without a terminal, a fixed width: the library would otherwise ask for the terminal's
        .setConsumer(
            terminal
                ? new ConsoleProgressBarConsumer(out)
                : new DelegatingProgressBarConsumer(out::println, 110))
        .build();
  }
}

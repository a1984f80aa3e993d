package org.anodex.ingest;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a run commits the index before its end: after so many papers, or after so much time. A crash
 * loses what was written since the last commit, never the index. By time, what is at risk is the
 * same whatever the pace: a commit flushes a segment, fsyncs and reopens the searchers, and the
 * merge policy later copies each small segment again, so a commit every 2,000 records (two seconds
 * at a million) cost 7 to 10 % of an ingest's time (docs/BENCHMARKS.md), while 2,000 PDFs are many
 * minutes of work.
 */
public record Commits(long papers, long nanos) {
  private static final Pattern SPEC = Pattern.compile("(\\d{1,9})\\s*(s|m)?");

  /** At least one paper and one nanosecond between commits ({@code Long.MAX_VALUE}: never). */
  public Commits {
    papers = Math.max(1, papers);
    nanos = Math.max(1, nanos);
  }

  /** A commit after every {@code papers} papers written. */
  public static Commits everyPapers(long papers) {
    return new Commits(papers, Long.MAX_VALUE);
  }

  /** A commit once {@code interval} has passed since the last (checked as papers are written). */
  public static Commits every(Duration interval) {
    return new Commits(Long.MAX_VALUE, interval.toNanos());
  }

  /** No commit before the end of the run. */
  public static Commits atTheEnd() {
    return new Commits(Long.MAX_VALUE, Long.MAX_VALUE);
  }

  /**
   * {@code 2000} (papers), {@code 30s} or {@code 5m} (time), as {@code --commit-every} takes it.
   *
   * @throws IllegalArgumentException what the text should have been
   */
  public static Commits parse(String text) {
    Matcher m = SPEC.matcher(text.strip().toLowerCase(Locale.ROOT));
    if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a number of papers (2000) or a time (30s, 5m)");
    }
    long n = Long.parseLong(m.group(1));
    return m.group(2) == null
        ? everyPapers(n)
        : every(m.group(2).equals("s") ? Duration.ofSeconds(n) : Duration.ofMinutes(n));
  }

  /** A run's count of papers and time since its last commit, starting now. */
  Schedule start() {
    return new Schedule();
  }

  /** One run's papers and time since its last commit. */
  final class Schedule {
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong last = new AtomicLong(System.nanoTime());

    private Schedule() {}

    /**
     * Counts one paper written; true for the one caller, among threads writing at once, that should
     * commit now.
     */
    boolean due() {
      if (written.incrementAndGet() % papers == 0) {
        last.set(System.nanoTime());
        return true;
      }
      if (nanos == Long.MAX_VALUE) {
        return false; // by count alone: no clock read a paper
      }
      long then = last.get();
      long now = System.nanoTime();
      return now - then >= nanos && last.compareAndSet(then, now);
    }
  }
}

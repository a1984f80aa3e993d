package org.anodex.enrich;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * The time one enrichment stage may spend on one paper. A Java thread cannot be stopped from
 * outside, so the stages check the budget where their work loops ({@link #check()}, every thousand
 * tokens or so) and give up with {@link Exceeded}; the caller keeps the paper without that stage's
 * results and says so.
 */
public final class StageBudget {
  private static final ThreadLocal<Long> DEADLINE = new ThreadLocal<>();

  private StageBudget() {}

  /** Thrown from a stage that ran past its budget. */
  public static final class Exceeded extends RuntimeException {
    Exceeded() {
      super("over its time budget", null, false, false);
    }
  }

  /**
   * Runs {@code work} with {@code limit} to spend; a budget already running on this thread stays in
   * force.
   */
  public static <T> T run(Duration limit, Supplier<T> work) {
    if (DEADLINE.get() != null) {
      return work.get();
    }
    DEADLINE.set(System.nanoTime() + limit.toNanos());
    try {
      return work.get();
    } finally {
      DEADLINE.remove();
    }
  }

  /**
   * Throws {@link Exceeded} when the running budget is spent; outside {@link #run} nothing is
   * limited.
   */
  public static void check() {
    Long deadline = DEADLINE.get();
    if (deadline != null && System.nanoTime() - deadline >= 0) {
      throw new Exceeded();
    }
  }
}

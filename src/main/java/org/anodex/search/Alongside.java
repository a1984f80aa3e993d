package org.anodex.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import org.anodex.index.SpareCores;

/**
 * Work of one search run on another core while the request's thread does the rest: the count and
 * facets of every match beside the ranking of the page, half the snippets beside the other half. A
 * core is lent only while fewer searches run than there are cores: on a loaded server the work runs
 * on the request's own thread, before the rest, as it did without this (threads beyond the cores
 * would only take turns, at the cost of switching between them). Lent work runs on {@link
 * SpareCores}' helpers, which also take the slices of the search's ranking when they are done.
 */
final class Alongside {
  private static final int CORES = Runtime.getRuntime().availableProcessors();

  /** Searches running, and work lent to the helpers. */
  private static final AtomicInteger BUSY = new AtomicInteger();

  private Alongside() {}

  /** Marks a search running until the returned mark is closed. */
  static Running running() {
    BUSY.incrementAndGet();
    SpareCores.Searching searching = SpareCores.searching();
    return () -> {
      searching.close();
      BUSY.decrementAndGet();
    };
  }

  /** A running search's mark. */
  interface Running extends AutoCloseable {
    @Override
    void close();
  }

  /** Work started, on a free core if there is one, else done now on this thread. */
  static <T> Task<T> start(Callable<T> work) {
    Task<T> task = new Task<>(work);
    if (BUSY.incrementAndGet() <= CORES) {
      SpareCores.lend(
          () -> {
            try {
              task.future.run();
            } finally {
              BUSY.decrementAndGet();
            }
          });
    } else {
      BUSY.decrementAndGet();
      task.future.run();
    }
    return task;
  }

  /** Work that may be running on another thread. */
  static final class Task<T> {
    private final FutureTask<T> future;

    private Task(Callable<T> work) {
      this.future = new FutureTask<>(work);
    }

    /** Its result, once it is done; its exception as this thread's. */
    T join() throws IOException {
      try {
        return uninterrupted();
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof IOException io) {
          throw io;
        }
        if (cause instanceof RuntimeException r) {
          throw r;
        }
        if (cause instanceof Error err) {
          throw err;
        }
        throw new UncheckedIOException(new IOException(cause));
      }
    }

    /**
     * Waits for it to end, whatever it ends with: what it reads must stay open until then (call
     * before releasing the searcher).
     */
    void settle() {
      try {
        uninterrupted();
      } catch (ExecutionException e) {
        // its failure belongs to whoever joins it; here it only had to end
      }
    }

    private T uninterrupted() throws ExecutionException {
      boolean interrupted = false;
      try {
        while (true) {
          try {
            return future.get();
          } catch (InterruptedException e) {
            interrupted = true;
          }
        }
      } finally {
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }
}

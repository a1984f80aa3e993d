package org.anodex.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TaskExecutor;

/**
 * The cores a search may borrow beside its own thread: helpers that take work lent by a search
 * ({@link #lend}), and the slices of a search that reads many matches ({@link #eachSlice}: Lucene's
 * groups of segments). A slice goes to a helper only while fewer searches run than there are cores,
 * and only if no other search has begun by the time the helper gets to it; the search's own thread
 * searches every slice not yet begun, so a slice left alone is never lost. So one search of a large
 * index uses the machine, and on a loaded server each search runs on its own thread as before
 * (threads beyond the cores would only take turns, and slices searched apart skip less than slices
 * searched in a row).
 *
 * <p>A helper takes work in the order given: slices given while it counts the same search's matches
 * wait for the count, and by then the search's thread has often searched them itself.
 */
public final class SpareCores {
  private static final int CORES = Runtime.getRuntime().availableProcessors();

  /** Searches running now (each marks itself with {@link #searching()}). */
  private static final AtomicInteger SEARCHES = new AtomicInteger();

  private static final ThreadPoolExecutor HELPERS =
      new ThreadPoolExecutor(
          Math.max(1, CORES - 1),
          Math.max(1, CORES - 1),
          30,
          TimeUnit.SECONDS,
          new LinkedBlockingQueue<>(),
          named("anodex-helper-"));

  static {
    HELPERS.allowCoreThreadTimeOut(true);
  }

  private static final TaskExecutor SLICES =
      new TaskExecutor(
          task -> {
            if (SEARCHES.get() < CORES) {
              HELPERS.execute(
                  () -> {
                    // not begun if another search has started meanwhile: it needs the core
                    if (SEARCHES.get() < CORES) {
                      task.run();
                    }
                  });
            }
          });

  private SpareCores() {}

  /** Runs {@code work} on a helper, after the work given to it before. */
  public static void lend(Runnable work) {
    HELPERS.execute(work);
  }

  /** What one slice of the segments yields. */
  public interface SliceWork<T> {
    T search(List<LeafReaderContext> leaves) throws IOException;
  }

  /** The slices of {@code leaves}: Lucene's default, at most 250,000 papers or 5 segments each. */
  public static IndexSearcher.LeafSlice[] slices(List<LeafReaderContext> leaves) {
    return IndexSearcher.slices(leaves, 250_000, 5);
  }

  /**
   * {@code work} done for each {@link #slices slice} of the searcher's segments, some on a spare
   * core.
   */
  public static <T> List<T> eachSlice(IndexSearcher searcher, SliceWork<T> work)
      throws IOException {
    List<Callable<T>> tasks = new ArrayList<>();
    for (IndexSearcher.LeafSlice slice : slices(searcher.getIndexReader().leaves())) {
      tasks.add(() -> work.search(Arrays.asList(slice.leaves)));
    }
    return SLICES.invokeAll(tasks);
  }

  /** Marks a search running until the returned mark is closed. */
  public static Searching searching() {
    SEARCHES.incrementAndGet();
    return SEARCHES::decrementAndGet;
  }

  /** A running search's mark. */
  public interface Searching extends AutoCloseable {
    @Override
    void close();
  }

  private static ThreadFactory named(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + n.incrementAndGet());
      t.setDaemon(true);
      t.setPriority(Thread.NORM_PRIORITY);
      return t;
    };
  }
}

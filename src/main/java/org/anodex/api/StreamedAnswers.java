package org.anodex.api;

import io.micronaut.http.MediaType;
import io.micronaut.http.server.types.files.StreamedFile;
import jakarta.inject.Singleton;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers of any length ({@code /api/export}, {@code /api/values}): a writer thread walks the
 * matches into a bounded pipe that the HTTP response drains, so an answer of a million rows never
 * sits in memory. The answer starts once the walk has begun: a search refused while it starts (a
 * query that expands past its limits) is answered with its problem, not with a broken stream.
 */
@Singleton
final class StreamedAnswers {
  private static final Logger LOG = LoggerFactory.getLogger(StreamedAnswers.class);
  private static final AtomicInteger THREADS = new AtomicInteger();

  /**
   * What writes an answer: {@code begun} is called at the first match (and is called anyway at the
   * end).
   */
  interface Body {
    void write(Writer out, Runnable begun) throws IOException;
  }

  private final ExecutorService writers =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "anodex-stream-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
          });

  /**
   * The answer {@code body} writes, of {@code mediaType}; a download named {@code name-DATE.ext}
   * where given.
   */
  StreamedFile stream(String mediaType, String name, String extension, Body body)
      throws IOException {
    PipedInputStream in = new PipedInputStream(64 * 1024);
    PipedOutputStream pipe = new PipedOutputStream(in);
    CompletableFuture<Void> started = new CompletableFuture<>();
    writers.submit(
        () -> {
          try (Writer out =
              new BufferedWriter(new OutputStreamWriter(pipe, StandardCharsets.UTF_8))) {
            body.write(out, () -> started.complete(null));
            started.complete(null);
          } catch (IOException | RuntimeException e) {
            if (!started.completeExceptionally(e)) {
              LOG.info(
                  "{} ended early: {}", name, e.getMessage()); // usually a client that went away
            }
          }
        });
    awaitStart(started);
    StreamedFile file = new StreamedFile(in, MediaType.of(mediaType));
    return extension == null
        ? file
        : file.attach(name + "-" + LocalDate.now(ZoneId.systemDefault()) + "." + extension);
  }

  private static void awaitStart(CompletableFuture<Void> started) throws IOException {
    try {
      started.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
    }
  }
}

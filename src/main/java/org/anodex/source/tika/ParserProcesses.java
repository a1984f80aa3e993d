package org.anodex.source.tika;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Tika parsing in child JVMs ({@link ParseServer}), one per ingest thread at most, reused from file
 * to file. A parse that runs past the time limit, or a process that dies (out of memory above its
 * heap limit), costs that one file: the process is killed and the next file gets a fresh one. A
 * process idle for {@link #IDLE} is stopped (each holds 200-400 MB, which a server that ingested a
 * folder minutes ago has no use for); the next file starts a new one, at the cost of a JVM start
 * (about a second).
 */
public final class ParserProcesses implements AutoCloseable {
  private static final String EOF = "\u0000EOF";

  /** Limits on one parse: wall time, characters of text kept, heap of the parse process. */
  public record Limits(Duration timeout, int maxChars, String heap) {
    public static Limits defaults() {
      return new Limits(Duration.ofSeconds(120), 5_000_000, "768m");
    }
  }

  /** How long an idle parse process is kept for the next file. */
  public static final Duration IDLE = Duration.ofSeconds(30);

  private static final ScheduledExecutorService REAPER =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "anodex-parser-reaper");
            t.setDaemon(true);
            return t;
          });

  private final Limits limits;
  private final long idleNanos;
  private final ScheduledFuture<?> reaping;
  private final LinkedBlockingDeque<Child> idle = new LinkedBlockingDeque<>();
  private final Set<Child> running = ConcurrentHashMap.newKeySet();
  private final ObjectMapper json = new ObjectMapper();
  private volatile boolean closed;

  public ParserProcesses(Limits limits) {
    this(limits, IDLE);
  }

  public ParserProcesses(Limits limits, Duration idle) {
    this.limits = limits;
    this.idleNanos = idle.toNanos();
    long every = Math.max(100, idle.toMillis() / 4);
    this.reaping =
        REAPER.scheduleWithFixedDelay(this::stopIdle, every, every, TimeUnit.MILLISECONDS);
  }

  /**
   * Stops the processes idle for longer than the idle time (one taken for a parse meanwhile is not
   * idle).
   */
  private void stopIdle() {
    long now = System.nanoTime();
    for (Child c : idle) {
      if (now - c.idleSince > idleNanos && idle.remove(c)) {
        c.kill();
      }
    }
  }

  public ParsedFile parse(Path file) throws IOException {
    if (closed) {
      throw new IllegalStateException("parser processes are closed");
    }
    Child child = idle.pollFirst();
    if (child == null || !child.process.isAlive()) {
      child = start();
    }
    String line;
    try {
      child.send(
          json.writeValueAsString(
              new ParseRequest(file.toAbsolutePath().toString(), limits.maxChars())));
      line = child.lines.poll(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      child.kill();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted");
    } catch (IOException e) {
      child.kill();
      throw new ParseFailedException("the parser process failed: " + e.getMessage());
    }
    if (line == null) {
      child.kill();
      throw new ParseFailedException(
          "parsing took longer than "
              + limits.timeout().toSeconds()
              + " s (the limit, set with --parse-timeout)");
    }
    if (line.equals(EOF)) {
      child.kill();
      throw new ParseFailedException(
          "the parser process died, probably out of memory (heap limit "
              + limits.heap()
              + ", set with --parse-heap)");
    }
    ParsedFile parsed;
    try {
      parsed = json.readValue(line, ParsedFile.class);
    } catch (IOException e) {
      child.kill();
      throw new ParseFailedException("the parser process answered garbage: " + e.getMessage());
    }
    child.idleSince = System.nanoTime();
    idle.addFirst(child);
    if (parsed.error() != null) {
      throw new ParseFailedException(parsed.error());
    }
    return parsed;
  }

  private Child start() throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // C1 alone: each parse process compiles Tika and PDFBox for itself, and the C2 compiler threads
    // of two processes took the cores from the parses (30 PDFs on 2 cores: 13.6 s with C2, 4.6 s
    // without; docs/MEASUREMENTS.md).
    List<String> cmd =
        new ArrayList<>(
            List.of(
                java,
                "-Xmx" + limits.heap(),
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-XX:+ExitOnOutOfMemoryError",
                "-Djava.awt.headless=true",
                "-Dfile.encoding=UTF-8",
                "-Dlogback.configurationFile=logback-parser.xml",
                "-cp",
                System.getProperty("java.class.path"),
                ParseServer.class.getName()));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
    Child child = new Child(pb.start());
    running.add(child);
    return child;
  }

  @Override
  public void close() {
    closed = true;
    reaping.cancel(false);
    for (Child c : running) {
      c.kill();
    }
    running.clear();
    idle.clear();
  }

  private final class Child {
    final Process process;
    final OutputStream stdin;
    final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    volatile long idleSince;

    Child(Process process) {
      this.process = process;
      this.stdin = process.getOutputStream();
      Thread reader = new Thread(this::readAnswers, "anodex-parser-reader-" + process.pid());
      reader.setDaemon(true);
      reader.start();
    }

    void send(String request) throws IOException {
      stdin.write((request + "\n").getBytes(StandardCharsets.UTF_8));
      stdin.flush();
    }

    private void readAnswers() {
      try (BufferedReader r =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          if (line.startsWith("{")) {
            lines.add(
                line); // the JVM itself may write to stdout ("Terminating due to OutOfMemoryError")
          }
        }
      } catch (IOException e) {
        // the process was killed: EOF below tells the waiting caller
      }
      lines.add(EOF);
    }

    void kill() {
      running.remove(this);
      process.destroyForcibly();
    }
  }
}

package org.anodex.bench.anodex;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.anodex.bench.load.HttpTarget;
import org.anodex.bench.process.Java;
import org.anodex.bench.process.ProcessStats;

/**
 * Anodex as a user runs it, from its shaded jar: {@code anodex ingest} of the corpus's JSONL folder
 * into a fresh index, then {@code anodex serve --index DIR --port P}. Ingest runs with the corpus's
 * own embedding cache ({@code -Danodex.cache}, seeded by the generator) until ingest takes a
 * record's {@code embedding} as it is; then the cache is simply not read.
 */
public final class AnodexProcess implements AutoCloseable {
  private final Path jar;
  private final List<String> serverJvm;
  private Process serve;
  private int port;
  private double startSeconds;

  public AnodexProcess(Path jar, List<String> serverJvm) {
    this.jar = jar;
    this.serverJvm = serverJvm;
  }

  public record IngestRun(double seconds, double peakRssMb, String summary) {}

  public IngestRun ingest(Path papers, Path index, Path cache, Path log)
      throws IOException, InterruptedException {
    ProcessBuilder pb =
        Java.command(
            List.of("-Xmx6g", "-Danodex.cache=" + cache),
            List.of(
                "-jar", jar.toString(), "ingest", "--index", index.toString(), papers.toString()));
    long start = System.nanoTime();
    Process p = pb.redirectErrorStream(true).redirectOutput(log.toFile()).start();
    ProcessStats.PeakRss rss = new ProcessStats.PeakRss(p.pid());
    int status = p.waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    String summary =
        Files.readAllLines(log).stream()
            .filter(l -> l.contains(" added, "))
            .reduce((a, b) -> b)
            .orElse("(no summary)");
    if (status != 0) {
      throw new IOException("anodex ingest exited " + status + ", see " + log);
    }
    return new IngestRun(seconds, rss.peakMb(), summary);
  }

  /**
   * Starts {@code anodex serve}; answers the seconds from the process's start to its first search
   * answer.
   */
  public double serve(Path index, Path log) throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    List<String> command =
        List.of(
            "-jar",
            jar.toString(),
            "serve",
            "--index",
            index.toString(),
            "--port",
            String.valueOf(port));
    ProcessBuilder pb = Java.command(serverJvm, command);
    long start = System.nanoTime();
    serve = pb.redirectErrorStream(true).redirectOutput(log.toFile()).start();
    String probe = baseUrl() + "/api/search?q=silicon&rank=words&highlight=false&facets=";
    while (true) {
      try {
        HttpTarget.get(probe);
        startSeconds = (System.nanoTime() - start) / 1e9;
        return startSeconds;
      } catch (java.net.ConnectException e) {
        if (!serve.isAlive() || System.nanoTime() - start > 300e9) {
          throw new IOException("anodex serve did not answer, see " + log);
        }
        Thread.sleep(20);
      }
    }
  }

  public double startSeconds() {
    return startSeconds;
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  public long pid() {
    return serve.pid();
  }

  @Override
  public void close() throws InterruptedException {
    if (serve != null) {
      serve.destroy();
      serve.waitFor();
    }
  }
}

package org.anodex.bench.solr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.anodex.bench.load.HttpTarget;
import org.anodex.bench.process.Java;

/**
 * The peer's JVM ({@link SolrNode}), started from the benchmark with the benchmark's own classpath.
 */
public final class SolrProcess implements AutoCloseable {
  private final Process process;
  private final String baseUrl;
  private final double startSeconds;

  public SolrProcess(Path base, Path configset, int nodes, List<String> serverJvm, Path log)
      throws Exception {
    List<String> jvm = new ArrayList<>(serverJvm);
    jvm.addAll(
        List.of(
            "-Djava.security.egd=file:/dev/./urandom",
            "-Dsolr.log.dir=" + base.resolve("logs"),
            "-Dlog4j2.configurationFile="
                + Path.of("bench/src/main/resources/log4j2-bench.xml").toAbsolutePath(),
            "-cp",
            Java.classpath()));
    long start = System.nanoTime();
    process =
        Java.command(
                jvm,
                List.of(
                    SolrNode.class.getName(),
                    base.toString(),
                    configset.toString(),
                    String.valueOf(nodes)))
            .redirectError(log.toFile())
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line;
    String url = null;
    while ((line = out.readLine()) != null) {
      if (line.startsWith("SOLR ")) {
        url = line.substring(5).strip().replace("localhost", "127.0.0.1");
        break;
      }
    }
    if (url == null) {
      throw new IOException("the Solr node did not start, see " + log);
    }
    baseUrl = url;
    HttpTarget.get(baseUrl + "/" + SolrNode.COLLECTION + "/select?q=title:silicon&rows=10");
    startSeconds = (System.nanoTime() - start) / 1e9;
  }

  public String baseUrl() {
    return baseUrl;
  }

  /**
   * Seconds from the JVM's start to the first answer (cluster, ZooKeeper and the empty collection
   * made).
   */
  public double startSeconds() {
    return startSeconds;
  }

  public long pid() {
    return process.pid();
  }

  @Override
  public void close() throws IOException, InterruptedException {
    process.getOutputStream().close();
    if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroy();
      process.waitFor();
    }
  }
}

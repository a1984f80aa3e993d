package org.anodex.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.anodex.Fixtures;
import org.anodex.index.LuceneIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Python client and the worked notebook, run by the machine's {@code python3} against a real
 * server over the shipped sample data: {@code clients/python/test_anodex_client.py} (unittest), and
 * every code cell of {@code examples/silicon-anodes.ipynb} through {@code
 * clients/python/run_notebook.py}. Skipped where python3 is absent.
 */
class PythonClientTest {
  private static final String TOKEN = "python-client-token";
  private static final Path CLIENT = Path.of("clients/python");
  private static final Path NOTEBOOK = Path.of("examples/silicon-anodes.ipynb");
  private static final long TIMEOUT_SECONDS = 120;
  private static EmbeddedServer server;

  @BeforeAll
  static void start() {
    assumeTrue(python3Version() != null, "python3 is not on PATH: the Python client tests skip");
    LuceneIndex index = Fixtures.sample().index();
    server = Fixtures.serve(index, Map.of("anodex.token", TOKEN));
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.getApplicationContext().close();
    }
  }

  @Test
  void theClientPassesItsTestsAgainstTheServer() throws Exception {
    Run run =
        python(
            Map.of("ANODEX_TOKEN", TOKEN),
            CLIENT.resolve("test_anodex_client.py").toString(),
            "-v");
    assertThat(run.status()).as(run.output()).isZero();
    assertThat(run.output())
        .as(run.output())
        .contains("OK")
        .doesNotContain("skipped 'ANODEX_TOKEN");
  }

  @Test
  void everyCellOfTheNotebookRunsInOrderAndLeavesNothingBehind() throws Exception {
    Path tmp = Files.createTempDirectory("anodex-notebook-tmp");
    Run run =
        python(
            Map.of("TMPDIR", tmp.toString()),
            CLIENT.resolve("run_notebook.py").toString(),
            NOTEBOOK.toString());
    assertThat(run.status()).as(run.output()).isZero();
    assertThat(run.output())
        .as(run.output())
        .contains("all ")
        .contains("code cells ran")
        .contains("BibTeX entries")
        // the section on values: retention against cycles by binder (a plot, or its table), and the
        // histograms
        .containsPattern(
            "Capacity retention against cycles, by binder|retention values with a cycle count")
        .containsPattern("capacity_retention: of \\d+ silicon papers")
        .containsPattern("\\n +\\d+ to \\d+ +#+ \\d+\\n");
    try (var left = Files.list(tmp)) {
      assertThat(left).as("files the notebook left in its temporary folder").isEmpty();
    }
    Files.delete(tmp);
  }

  @Test
  void theNotebookIsCommittedWithoutOutputs() throws IOException {
    JsonNode nb = new ObjectMapper().readTree(NOTEBOOK.toFile());
    assertThat(nb.get("nbformat").asInt()).isEqualTo(4);
    int code = 0;
    for (JsonNode cell : nb.get("cells")) {
      if (cell.get("cell_type").asText().equals("code")) {
        code++;
        assertThat(cell.get("outputs")).as("outputs of code cell %d", code).isEmpty();
        assertThat(cell.get("execution_count").isNull())
            .as("execution_count of code cell %d", code)
            .isTrue();
      }
    }
    assertThat(code).isGreaterThan(5);
  }

  record Run(int status, String output) {}

  /** Runs python3 with ANODEX_URL pointing at the test server; stdout and stderr together. */
  private static Run python(Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(concat("python3", args)).redirectErrorStream(true);
    pb.environment().remove("ANODEX_TOKEN");
    pb.environment().put("ANODEX_URL", "http://localhost:" + server.getPort());
    pb.environment().put("PYTHONDONTWRITEBYTECODE", "1"); // no __pycache__ in the source tree
    pb.environment().put("PYTHONIOENCODING", "utf-8");
    pb.environment().putAll(env);
    Process p = pb.start();
    p.getOutputStream().close();
    // Read on another thread so that a Python process that hangs is still stopped at the timeout.
    CompletableFuture<String> output = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try {
                output.complete(
                    new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
              } catch (IOException e) {
                output.completeExceptionally(e);
              }
            },
            "python-output");
    reader.start();
    if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      p.waitFor();
      reader.join(5000);
      return new Run(
          -1, "timed out after " + TIMEOUT_SECONDS + " s:\n" + output.getNow("(no output)"));
    }
    reader.join();
    return new Run(p.exitValue(), output.join());
  }

  private static String python3Version() {
    try {
      Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      String v = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 ? v : null;
    } catch (IOException | InterruptedException e) {
      return null;
    }
  }

  private static String[] concat(String first, String... rest) {
    String[] all = new String[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }
}

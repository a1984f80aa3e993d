package org.anodex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README as a new user meets it: its first command ({@code anodex serve} on an empty index,
 * which ingests {@code sample-data}), then every {@code curl} example against that server and every
 * {@code anodex} example, run as written by bash (only the port and the index folder differ). The
 * examples are read from the README, so an example that drifts from what Anodex does fails here.
 */
class ReadmeExamplesTest {
  private static final Pattern SH_BLOCK = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern PYTHON_BLOCK =
      Pattern.compile("```python\\n(.*?)```", Pattern.DOTALL);
  private static final String TOKEN = "readme-token";

  @TempDir Path tmp;

  record Run(int status, String output) {}

  @Test
  void theFirstCommandAndEveryExampleOfTheReadmeRunAsWritten() throws Exception {
    assumeTrue(
        Files.isExecutable(Path.of("/bin/bash")) && onPath("curl"),
        "bash or curl is not installed");
    String readme = Files.readString(Path.of("README.md"));
    List<String> commands = shellCommands(readme);
    String first = commands.get(0);
    assertThat(first)
        .as("the README's first command")
        .endsWith("java -jar target/anodex.jar serve");
    List<String> curls = commands.stream().filter(c -> c.startsWith("curl ")).toList();
    List<String> cli = commands.stream().filter(c -> c.startsWith("anodex ")).toList();
    assertThat(curls).as("curl examples").hasSizeGreaterThanOrEqualTo(10);
    assertThat(cli).as("anodex examples").hasSizeGreaterThanOrEqualTo(4);

    Path index = tmp.resolve("index");
    Path work = Files.createDirectories(tmp.resolve("work")); // where curl -O and -o write
    int port = freePort();
    List<String> failures = new ArrayList<>();
    // The first command's java part, on an empty index, as on a fresh clone (the jar is the test
    // classpath).
    String serve =
        anodex()
            + first.substring(
                first.indexOf("java -jar target/anodex.jar")
                    + "java -jar target/anodex.jar".length())
            + " --index "
            + index
            + " --port "
            + port;
    ProcessBuilder serving =
        new ProcessBuilder("bash", "-c", "exec " + serve)
            .redirectErrorStream(true)
            .redirectOutput(tmp.resolve("serve.log").toFile());
    serving.environment().put("ANODEX_TOKEN", TOKEN);
    Process server = serving.start();
    try {
      waitForServer(server, tmp.resolve("serve.log"));
      for (String curl : curls) {
        Run r =
            bash(
                curl.replace("localhost:8080", "localhost:" + port),
                work,
                Map.of("ANODEX_TOKEN", TOKEN));
        if (r.status() != 0) {
          failures.add(curl + "\n  exit " + r.status() + ": " + r.output().strip());
        }
      }
      if (onPath("python3")) {
        for (String python : pythonBlocks(readme)) {
          Path script =
              Files.writeString(
                  tmp.resolve("example.py"), python.replace("localhost:8080", "localhost:" + port));
          Run r =
              bash(
                  "python3 " + script,
                  work,
                  Map.of(
                      "PYTHONPATH",
                      Path.of("clients/python").toAbsolutePath().toString(),
                      "ANODEX_URL",
                      "http://localhost:" + port));
          if (r.status() != 0) {
            failures.add(python + "\n  exit " + r.status() + ": " + r.output().strip());
          }
        }
      }
    } finally {
      server.destroy(); // SIGTERM: the shutdown hook closes the index
      if (!server.waitFor(60, TimeUnit.SECONDS)) {
        server.destroyForcibly().waitFor();
      }
    }
    assertThat(Files.readString(tmp.resolve("serve.log")))
        .contains("The index is empty: ingesting sample-data");

    // The command-line examples, from the repository root as the README says, on the index serve
    // filled.
    for (String command : cli) {
      Run r =
          bash(
              "anodex() { " + anodex() + " \"$@\"; }; " + command,
              Path.of("").toAbsolutePath(),
              Map.of("ANODEX_INDEX", index.toString()));
      if (r.status() != 0) {
        failures.add(command + "\n  exit " + r.status() + ": " + r.output().strip());
      }
    }
    assertThat(failures).as("README examples that failed").isEmpty();
  }

  /** Every command of the README's sh blocks, continuation lines joined, comments dropped. */
  static List<String> shellCommands(String readme) {
    List<String> commands = new ArrayList<>();
    Matcher m = SH_BLOCK.matcher(readme);
    while (m.find()) {
      for (String line : m.group(1).replace("\\\n", " ").split("\n")) {
        String c = line.strip();
        if (!c.isEmpty() && !c.startsWith("#")) {
          commands.add(c);
        }
      }
    }
    return commands;
  }

  static List<String> pythonBlocks(String readme) {
    List<String> blocks = new ArrayList<>();
    Matcher m = PYTHON_BLOCK.matcher(readme);
    while (m.find()) {
      blocks.add(m.group(1));
    }
    return blocks;
  }

  /** {@code java -jar target/anodex.jar}, with this test's classpath standing in for the jar. */
  private static String anodex() {
    String java = ProcessHandle.current().info().command().orElse("java");
    return "'"
        + java
        + "' -cp '"
        + System.getProperty("java.class.path")
        + "' org.anodex.cli.Anodex";
  }

  /** Runs {@code command} in bash; curl fails on an HTTP error (a 404 is a failed example). */
  private Run bash(String command, Path dir, Map<String, String> env)
      throws IOException, InterruptedException {
    Path curlHome = Files.createDirectories(tmp.resolve("curl"));
    Files.writeString(
        curlHome.resolve(".curlrc"), "--fail-with-body\n--silent\n--show-error\n--max-time 120\n");
    ProcessBuilder pb =
        new ProcessBuilder("bash", "-c", command).directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().put("CURL_HOME", curlHome.toString());
    pb.environment().putAll(env);
    Process p = pb.start();
    p.getOutputStream().close();
    CompletableFuture<String> out =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
              } catch (IOException e) {
                return e.toString();
              }
            });
    if (!p.waitFor(300, TimeUnit.SECONDS)) {
      p.destroyForcibly().waitFor();
      return new Run(-1, "timed out");
    }
    String output = out.join();
    return new Run(
        p.exitValue(), output.length() > 2000 ? output.substring(0, 2000) + "…" : output);
  }

  private static void waitForServer(Process server, Path log) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
    while (System.nanoTime() < deadline) {
      String text = Files.exists(log) ? Files.readString(log) : "";
      if (text.contains("Anodex is serving")) {
        return;
      }
      assertThat(server.isAlive()).as("serve stopped:\n" + text).isTrue();
      Thread.sleep(250);
    }
    throw new AssertionError("serve did not start in 300 s:\n" + Files.readString(log));
  }

  private static boolean onPath(String program) {
    try {
      return new ProcessBuilder("bash", "-c", "command -v " + program).start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}

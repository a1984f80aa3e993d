package org.anodex.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ingest progress where there is no terminal (a pipe, a log): plain lines with counts, rate and
 * time left.
 */
class ProgressTest {
  @Test
  void withoutATerminalProgressIsALineEveryFewSecondsWithRateAndTimeLeft() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    Progress p = Progress.lines(out, 100);
    p.update(1, 4, 1, 0, 0, 0);
    Thread.sleep(350);
    p.update(2, 4, 1, 0, 0, 1);
    Thread.sleep(350);
    p.update(4, 4, 2, 1, 0, 1);
    p.done();

    List<String> lines =
        bytes.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    assertThat(lines)
        .as("one line each interval, none redrawn in place")
        .hasSizeGreaterThanOrEqualTo(3)
        .noneMatch(l -> l.contains("\r"));
    assertThat(lines.get(lines.size() / 2))
        .contains("/4 files")
        .contains("files/s")
        .containsPattern("\\(\\d+:\\d\\d:\\d\\d / \\d+:\\d\\d:\\d\\d\\)");
    assertThat(lines.get(lines.size() - 1))
        .contains("4/4 files", "2 added, 1 updated, 0 unchanged, 1 failed");
  }

  @Test
  void theEmbedderReportsEachRunOfItsOwnInTheLog() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    EmbedProgress p =
        EmbedProgress.lines(new PrintStream(bytes, true, StandardCharsets.UTF_8), 100, false);
    p.update(10, 48);
    Thread.sleep(250);
    p.update(48, 48);
    p.done();
    p.update(1, 2); // the server's embedder runs again, for papers written since
    p.done();
    List<String> lines =
        bytes.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    assertThat(lines).anyMatch(l -> l.contains("48/48 papers") && l.contains("papers/s"));
    assertThat(lines.get(lines.size() - 1)).contains("embedding", "1/2 papers");
  }
}

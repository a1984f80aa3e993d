package org.anodex.source.tika;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.anodex.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * A parse over its time or memory limit is stopped, and the next file gets a fresh parse process.
 */
class ParserProcessesTest {
  private static final Path PDF =
      Fixtures.sampleData().resolve("micro-si-crosslinked-paa-cmc-binder.pdf");

  @Test
  void aParseOverTheTimeLimitIsStoppedWithTheLimitInTheReason() {
    try (ParserProcesses p =
        new ParserProcesses(new ParserProcesses.Limits(Duration.ofMillis(50), 1000, "256m"))) {
      assertThatThrownBy(() -> p.parse(PDF))
          .isInstanceOf(ParseFailedException.class)
          .hasMessageContaining("longer than")
          .hasMessageContaining("--parse-timeout");
    }
  }

  @Test
  void aProcessThatDiesCostsOnlyItsFile() throws Exception {
    try (ParserProcesses tiny =
        new ParserProcesses(new ParserProcesses.Limits(Duration.ofSeconds(60), 1000, "4m"))) {
      assertThatThrownBy(() -> tiny.parse(PDF))
          .isInstanceOf(ParseFailedException.class)
          .hasMessageContaining("died")
          .hasMessageContaining("--parse-heap");
    }
    try (ParserProcesses ok = new ParserProcesses(ParserProcesses.Limits.defaults())) {
      ParsedFile parsed = ok.parse(PDF);
      assertThat(parsed.text()).hasSizeLessThanOrEqualTo(5_000_000).contains("binder");
      assertThat(ok.parse(PDF).mediaType())
          .isEqualTo("application/pdf"); // the same process, reused
    }
  }

  @Test
  void anIdleParseProcessIsStoppedAndTheNextFileStartsAFreshOne() throws Exception {
    try (ParserProcesses p =
        new ParserProcesses(ParserProcesses.Limits.defaults(), Duration.ofSeconds(2))) {
      p.parse(PDF);
      assertThat(parseProcesses()).as("kept for the next file").isEqualTo(1);
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (parseProcesses() > 0 && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      assertThat(parseProcesses()).as("stopped once idle").isZero();
      assertThat(p.parse(PDF).text()).contains("binder");
    }
  }

  /**
   * This JVM's live parse processes (known by their logging option: the OS cuts a command line this
   * long).
   */
  private static long parseProcesses() {
    return ProcessHandle.current()
        .children()
        .filter(ProcessHandle::isAlive)
        .filter(h -> h.info().commandLine().orElse("").contains("logback-parser.xml"))
        .count();
  }

  @Test
  void textBeyondTheCharacterLimitIsCutNotFailed() throws Exception {
    try (ParserProcesses p =
        new ParserProcesses(new ParserProcesses.Limits(Duration.ofSeconds(60), 500, "512m"))) {
      ParsedFile parsed = p.parse(PDF);
      assertThat(parsed.truncated()).isTrue();
      assertThat(parsed.text()).hasSizeLessThanOrEqualTo(500);
    }
  }
}

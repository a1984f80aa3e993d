package org.anodex.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CommitsTest {
  @Test
  void takesPapersOrATimeAsTheOptionIsWritten() {
    assertThat(Commits.parse("2000")).isEqualTo(Commits.everyPapers(2000));
    assertThat(Commits.parse(" 30s ")).isEqualTo(Commits.every(Duration.ofSeconds(30)));
    assertThat(Commits.parse("5M")).isEqualTo(Commits.every(Duration.ofMinutes(5)));
    for (String bad : new String[] {"0", "-5", "30 seconds", "1h", "", "2e3"}) {
      assertThatThrownBy(() -> Commits.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("'" + bad + "' is not a number of papers (2000) or a time (30s, 5m)");
    }
  }

  @Test
  void byPapersEveryNthWriteCommitsOnceAmongThreadsWritingAtOnce() throws Exception {
    Commits.Schedule due = Commits.everyPapers(100).start();
    AtomicInteger commits = new AtomicInteger();
    List<Thread> writers = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      writers.add(
          new Thread(
              () -> {
                for (int i = 0; i < 2_500; i++) {
                  if (due.due()) {
                    commits.incrementAndGet();
                  }
                }
              }));
    }
    writers.forEach(Thread::start);
    for (Thread w : writers) {
      w.join();
    }
    assertThat(commits).hasValue(100); // 10,000 papers
  }

  @Test
  void byTimeOnlyOnceTheIntervalHasPassed() throws Exception {
    Commits.Schedule hourly = Commits.every(Duration.ofHours(1)).start();
    Commits.Schedule atTheEnd = Commits.atTheEnd().start();
    Commits.Schedule everyMilli = Commits.every(Duration.ofMillis(1)).start();
    for (int i = 0; i < 10_000; i++) {
      assertThat(hourly.due()).isFalse();
      assertThat(atTheEnd.due()).isFalse();
    }
    Thread.sleep(5);
    assertThat(everyMilli.due()).isTrue();
  }
}

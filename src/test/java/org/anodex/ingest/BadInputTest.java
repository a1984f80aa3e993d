package org.anodex.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.anodex.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * A folder of hostile files among good ones: every good paper is indexed, every bad file is named
 * with its reason, and nothing good is lost.
 */
class BadInputTest {

  @Test
  void goodFilesAreIndexedAndEachBadOneIsNamedWithItsReason() throws Exception {
    Fixtures.Built built = Fixtures.build("bad-input", List.of(Fixtures.resource("bad-input")));
    IngestSummary s = built.summary();

    assertThat(s.added())
        .isEqualTo(4); // good-paper.html, good-notes.txt, 2 records of good-records.jsonl
    assertThat(built.index().get("10.5555~anodex.test.0001").title())
        .startsWith("PVDF versus CMC binders");
    assertThat(built.index().get("10.5555~anodex.test.0003")).isNotNull();
    Map<String, String> reasons =
        s.failures().stream()
            .collect(Collectors.toMap(IngestSummary.Failure::where, IngestSummary.Failure::reason));
    assertThat(reasons)
        .containsOnlyKeys(
            "corrupt.pdf",
            "encrypted.pdf",
            "empty.pdf",
            "random-bytes.pdf",
            "malformed.xml",
            "unknown.xyz");
    assertThat(reasons.get("encrypted.pdf")).contains("encrypted");
    assertThat(reasons.get("empty.pdf")).isEqualTo("empty file");
    assertThat(reasons.get("malformed.xml")).startsWith("malformed XML at line");
    assertThat(reasons.get("corrupt.pdf")).startsWith("could not be parsed");
    assertThat(reasons.get("unknown.xyz")).contains("no text");
    assertThat(s.toText()).contains("4 papers added", "6 failed", "failed: encrypted.pdf: ");
    built.index().close();
  }
}

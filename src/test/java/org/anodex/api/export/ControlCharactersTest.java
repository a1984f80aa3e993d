package org.anodex.api.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.anodex.paper.Paper;
import org.junit.jupiter.api.Test;

/**
 * A paper indexed before ingest stripped control characters still exports clean: no NUL, ESC or RTL
 * override reaches a CSV cell or a BibTeX field (a spreadsheet or a terminal would act on them).
 */
class ControlCharactersTest {
  private static final Paper JUNK =
      new Paper(
          "junk-1",
          null,
          "Silicon\u0000 anodes \u001B[31mred\u202Eelif.exe",
          List.of("A\u0007 Author"),
          2024,
          null,
          "J\u0008ournal",
          "An abstract\u001B with ESC",
          List.of(),
          null,
          "jsonl",
          "junk.jsonl:1",
          null,
          List.of(),
          List.of());

  @Test
  void csvAndBibtexLeaveControlCharactersOut() throws Exception {
    for (String name : List.of("csv", "bibtex", "ris")) {
      StringWriter out = new StringWriter();
      ExportFormat f = ExportFormat.named(name);
      f.begin(out);
      f.write(JUNK, out);
      assertThat(out.toString())
          .as(name)
          .contains("Silicon anodes [31mredelif.exe")
          .doesNotContainPattern("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\u202E]");
    }
  }
}

package org.anodex.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.anodex.Fixtures;
import org.anodex.paper.Paper;
import org.junit.jupiter.api.Test;

/**
 * Plain texts whose first line is a whole paragraph, or whose title wraps and repeats (the 45 SOFC
 * papers of ../shared, exported from PMC): each is read, with the title its metadata file gives.
 */
class PlainTextTitlesTest {
  @Test
  void everySofcTextIsReadWithItsOwnTitle() throws IOException {
    Path folder = Fixtures.corpora().resolve("fulltext/sofc-exp");
    Map<String, String> titles = new HashMap<>();
    String row = "";
    for (String line : Files.readAllLines(folder.resolve("SOFC-Exp-Metadata.csv"))) {
      row += line;
      if (row.chars().filter(ch -> ch == '"').count() % 2
          == 0) { // a quoted field may hold a line break
        String[] cols = row.split("\t");
        titles.put(cols[5], cols[0].strip());
        row = "";
      }
    }
    List<Path> texts;
    try (Stream<Path> s = Files.list(folder.resolve("texts"))) {
      texts = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(texts).hasSize(45);
    RecordSourcesTest.Collected c = new RecordSourcesTest.Collected();
    try (Sources sources = Fixtures.sources()) {
      for (Path t : texts) {
        sources.forFile(t).read(SourceFile.of(t), c);
      }
    }
    assertThat(c.rejected).isEmpty();
    assertThat(c.papers).hasSize(45);
    int asInMetadata = 0;
    for (Paper p : c.papers) {
      String pmc = p.source().replaceAll(".*_(PMC\\d+)\\.txt.*", "$1");
      if (ascii(p.title()).equals(ascii(titles.get(pmc)))) {
        asInMetadata++;
      }
      assertThat(p.title()).as(p.source()).hasSizeLessThan(400);
    }
    assertThat(asInMetadata).isEqualTo(45);
  }

  /**
   * The metadata file's non-ASCII characters are mojibake ("O3?´è?" for "O3−δ"): compared without
   * them.
   */
  private static String ascii(String title) {
    return title.replaceAll("[^\\x20-\\x3E\\x40-\\x7E]", "").replaceAll("\\s+", " ").strip();
  }

  @Test
  void aLongFirstLineWithoutARepeatGivesItsFirstSentence() {
    String text =
        "Silicon anodes swell by 300 %. "
            + "They crack, and the SEI re-forms on every new surface. ".repeat(10);
    assertThat(FullTextFields.firstLine(text)).isEqualTo("Silicon anodes swell by 300 %.");
    StringBuilder words = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      words.append("word").append(i).append(' ');
    }
    assertThat(FullTextFields.firstLine(words.toString()))
        .startsWith("word0 word1 ")
        .endsWith(" word22 …");
  }
}

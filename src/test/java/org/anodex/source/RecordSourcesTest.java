package org.anodex.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.anodex.Fixtures;
import org.anodex.paper.Paper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** BibTeX, RIS and JSON records: the quirks of real exports, read into papers. */
class RecordSourcesTest {
  @TempDir Path tmp;

  static final class Collected implements PaperSink {
    final List<Paper> papers = new ArrayList<>();
    final List<String> rejected = new ArrayList<>();

    @Override
    public void accept(Paper paper) {
      papers.add(paper);
    }

    @Override
    public void reject(String where, String reason) {
      rejected.add(where + ": " + reason);
    }
  }

  static Collected read(PaperSource source, Path file) throws IOException {
    Collected c = new Collected();
    source.read(SourceFile.of(file), c);
    return c;
  }

  @Test
  void bibtexDecodesLatexExpandsMacrosAndSurvivesABrokenEntry() throws IOException {
    Collected c = read(new BibtexSource(), Fixtures.resource("formats/escapes.bib"));

    assertThat(c.papers)
        .extracting(Paper::title)
        .containsExactly(
            "Silicón anodes with a äther-based electrolyte: the role of LiPF6",
            "A ångström-scale view of the SEI – with en dashes",
            "The entry after a broken one is still read");
    Paper first = c.papers.get(0);
    assertThat(first.authors()).containsExactly("Jörg Müller", "Søren Østergaard", "Gaël François");
    assertThat(first.journal()).isEqualTo("Journal of Power Sources (Letters)");
    assertThat(first.doi()).isEqualTo("10.5555/anodex.test.bib1");
    assertThat(first.id()).isEqualTo("10.5555~anodex.test.bib1");
    assertThat(first.year()).isEqualTo(2021);
    Paper second = c.papers.get(1);
    assertThat(second.id()).isEqualTo("k-NoDoi2019");
    assertThat(second.authors()).containsExactly("John Smith Jr.", "Jane Q. Doe");
    assertThat(second.year()).isEqualTo(2019);
    assertThat(c.papers.get(2).doi()).isEqualTo("10.5555/anodex.test.bib2");
    assertThat(c.rejected).singleElement().asString().contains("escapes.bib:", "Broken2020");
  }

  @Test
  void risReadsContinuationLinesAndRecordKeys() throws IOException {
    Collected c = read(new RisSource(), Fixtures.resource("formats/records.ris"));

    assertThat(c.papers).hasSize(2);
    Paper a = c.papers.get(0);
    assertThat(a.title()).isEqualTo("Capacity fade of micro-sized silicon anodes");
    assertThat(a.authors()).containsExactly("Yuki Tanaka", "Chidi Okafor");
    assertThat(a.year()).isEqualTo(2022);
    assertThat(a.abstractText())
        .isEqualTo("A first line of an abstract that an exporter wrapped onto a second line.");
    assertThat(a.keywords()).containsExactly("silicon", "capacity fade");
    assertThat(c.papers.get(1).id()).isEqualTo("k-novak2017");
  }

  @Test
  void jsonLinesRejectABadLineAndKeepTheRest() throws IOException {
    Path f = tmp.resolve("records.jsonl");
    Files.writeString(
        f,
        """
        {"doi": "https://doi.org/10.5555/ANODEX.TEST.J1", "title": "First.", "abstract_en": "ABSTRACT Text about SiOx.", "authors": [{"name": "A B"}], "year": "2020"}
        {"title": "broken",
        {"_id": "42", "title": "Second", "text": "BEIR-style text", "venue": "V"}
        {"id": "x", "abstract": ","}
        """);
    Collected c = read(new JsonRecordSource(RecordFields.defaults()), f);

    assertThat(c.papers).extracting(Paper::id).containsExactly("10.5555~anodex.test.j1", "k-42");
    Paper first = c.papers.get(0);
    assertThat(first.title()).isEqualTo("First");
    assertThat(first.abstractText()).isEqualTo("Text about SiOx.");
    assertThat(first.authors()).containsExactly("A B");
    assertThat(first.year()).isEqualTo(2020);
    assertThat(c.papers.get(1).abstractText()).isEqualTo("BEIR-style text");
    assertThat(c.rejected).hasSize(2);
    assertThat(c.rejected.get(0)).startsWith("records.jsonl:2: invalid JSON");
    assertThat(c.rejected.get(1)).startsWith("records.jsonl:4: record has neither title nor text");
  }

  @Test
  void jsonArraysAndPrettyPrintedObjectsAreRecordsToo() throws IOException {
    Path array = tmp.resolve("array.json");
    Files.writeString(
        array, "[{\"title\": \"One\"}, {\"title\": \"Two\", \"doi\": \"10.5555/x.2\"}]");
    Path pretty = tmp.resolve("pretty.json");
    Files.writeString(pretty, "{\n  \"title\": \"Pretty\",\n  \"doi\": \"10.5555/x.3\"\n}\n");
    JsonRecordSource json = new JsonRecordSource(RecordFields.defaults());

    assertThat(read(json, array).papers).extracting(Paper::title).containsExactly("One", "Two");
    assertThat(read(json, pretty).papers).extracting(Paper::doi).containsExactly("10.5555/x.3");
  }

  @Test
  void recordsCarryCitationsTheirOpenAccessCopyAndTheirIdsElsewhere() throws IOException {
    Path f = tmp.resolve("harvested.jsonl");
    Files.writeString(
        f,
        """
        {"doi": "10.5555/x.5", "title": "Cited", "citations": 42, "oa_url": "https://example.org/5.pdf", "source_ids": {"openalex": "W5", "pmid": 39000005, "arxiv": ""}}
        {"title": "Counted as text", "cited_by_count": "7", "source_ids": "not an object"}
        {"title": "Not a count", "citations": -3}
        """);
    Collected c = read(new JsonRecordSource(RecordFields.defaults()), f);

    assertThat(c.papers).hasSize(3);
    Paper cited = c.papers.get(0);
    assertThat(cited.citations()).isEqualTo(42);
    assertThat(cited.oaUrl()).isEqualTo("https://example.org/5.pdf");
    assertThat(cited.sourceIds())
        .as("blank ids left out")
        .isEqualTo(java.util.Map.of("openalex", "W5", "pmid", "39000005"));
    assertThat(c.papers.get(1).citations()).isEqualTo(7);
    assertThat(c.papers.get(1).sourceIds()).isEmpty();
    assertThat(c.papers.get(2).citations()).isNull();
  }

  @Test
  void aUserFieldMappingReadsOtherShapes() throws IOException {
    Path mapping = tmp.resolve("fields.yaml");
    Files.writeString(mapping, "title: [headline]\ndoi: [ids.doi]\n");
    Path f = tmp.resolve("other.jsonl");
    Files.writeString(f, "{\"headline\": \"Mapped title\", \"ids\": {\"doi\": \"10.5555/x.4\"}}\n");

    Collected c = read(new JsonRecordSource(RecordFields.withOverrides(mapping)), f);

    assertThat(c.papers)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.title()).isEqualTo("Mapped title");
              assertThat(p.doi()).isEqualTo("10.5555/x.4");
            });
  }
}

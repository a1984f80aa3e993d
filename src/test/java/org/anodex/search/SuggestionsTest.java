package org.anodex.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.anodex.Fixtures;
import org.anodex.index.LuceneIndex;
import org.anodex.paper.Paper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Completions offer what the index holds now: never the title of a deleted or replaced paper. */
class SuggestionsTest {
  @TempDir Path dir;

  /** A taxonomy word is offered once: "micro-Si" not as topic and term, "FEC" not beside "FECs". */
  @Test
  void aWordIsOfferedOnceWhateverItsCaseOrNumber() {
    Completions c = Completions.build(Fixtures.taxonomy(), List.of());
    for (String prefix : List.of("micro-s", "fec", "sei", "paa")) {
      List<Completion> found = c.lookup(prefix, 20);
      assertThat(found).as(prefix).isNotEmpty();
      assertThat(
              found.stream()
                  .map(x -> x.filter() + " " + x.text().toLowerCase().replaceAll("s$", "")))
          .as(prefix)
          .doesNotHaveDuplicates();
    }
    Completion micro = c.lookup("micro-si", 1).get(0);
    assertThat(micro.text() + " " + micro.kind() + " " + micro.filter())
        .isEqualTo("micro-Si topic material:silicon/micro-Si");
    assertThat(
            c.lookup("fec", 20).stream()
                .filter(x -> x.filter().equals("electrolyte:FEC additive"))
                .map(Completion::text))
        .containsExactly(
            "FEC additive", "FEC"); // the topic, and its abbreviation once (not also "FECs")
  }

  @Test
  void aSuggestionNeverOffersADeletedOrReplacedPapersTitle() throws Exception {
    try (LuceneIndex index = LuceneIndex.openForWriting(dir, Fixtures.schema());
        LuceneSearcher searcher =
            new LuceneSearcher(index, Fixtures.taxonomy(), Fixtures.embedder())) {
      index.upsert(paper("10.5555/a", "Zirconia coatings on silicon anodes"));
      index.upsert(paper("10.5555/b", "Zirconium doping of graphite"));
      index.upsert(paper("10.5555/c", "Zircon sands"));
      index.commit();
      assertThat(titles(searcher, "zirco"))
          .containsExactlyInAnyOrder(
              "Zirconia coatings on silicon anodes",
              "Zirconium doping of graphite",
              "Zircon sands");

      index.delete("10.5555~a");
      index.upsert(paper("10.5555/b", "Zirconium-doped graphite, revised"));
      index.refresh(); // visible at once, as a server's writes are
      assertThat(titles(searcher, "zirco"))
          .containsExactlyInAnyOrder("Zirconium-doped graphite, revised", "Zircon sands");
    }
  }

  /**
   * Segments keep a deleted document until a merge: its title is read past (IndexWriter merges
   * small ones).
   */
  @Test
  void titlesAreReadFromLiveDocumentsOnly() throws Exception {
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriter writer =
            new IndexWriter(
                directory, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
      for (String id : List.of("a", "b", "c")) {
        Document d = new Document();
        d.add(new StringField("id", id, Field.Store.NO));
        d.add(new StringField("title", "title " + id, Field.Store.YES));
        writer.addDocument(d);
      }
      writer.commit();
      writer.deleteDocuments(new Term("id", "b"));
      writer.commit();
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        assertThat(reader.maxDoc()).isEqualTo(3);
        assertThat(LuceneSearcher.liveTitles(reader)).containsExactly("title a", "title c");
      }
    }
  }

  private static Paper paper(String doi, String title) {
    return Paper.builder()
        .doi(doi)
        .title(title)
        .year(2024)
        .format("jsonl")
        .source("t.jsonl:1")
        .build("t.jsonl#1");
  }

  private static List<String> titles(LuceneSearcher searcher, String prefix) throws Exception {
    return searcher.suggest(prefix, 20).stream()
        .filter(c -> c.kind().equals("title"))
        .map(Completion::text)
        .toList();
  }
}

package org.anodex.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.anodex.Fixtures;
import org.anodex.index.LuceneIndex;
import org.anodex.index.PaperDocuments;
import org.anodex.index.Schema;
import org.anodex.paper.Paper;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A new index keeps the offsets of its stored words, and snippets read them from the postings; an
 * index written before it had them stays writable and gives its snippets by analysing the text
 * again. Both give the same snippets for the same papers.
 */
class SnippetOffsetsTest {
  @TempDir static Path dir;
  private static LuceneIndex withOffsets;
  private static LuceneIndex without;

  @BeforeAll
  static void build() throws IOException {
    List<Paper> papers = new ArrayList<>();
    Fixtures.sample().index().forEach(papers::add);
    withOffsets = LuceneIndex.openForWriting(dir.resolve("new"), Fixtures.schema());
    without = olderIndex(dir.resolve("old"));
    for (LuceneIndex index : List.of(withOffsets, without)) {
      for (Paper p : papers) {
        index.upsert(p);
      }
      index.commit();
      index.expungeDeletes(); // the same papers, so the same ranking
    }
  }

  /** An index as written before stored words had offsets: one paper, of which the rest follow. */
  private static LuceneIndex olderIndex(Path path) throws IOException {
    Paper first =
        Paper.builder()
            .title("Silicon anodes")
            .abstractText("An abstract")
            .keywords(List.of("silicon"))
            .body("A body")
            .format("jsonl")
            .source("t.jsonl:1")
            .build("older");
    PaperDocuments older =
        new PaperDocuments(
            Fixtures.schema(),
            java.util.Set.of(Schema.TITLE, Schema.ABSTRACT, Schema.KEYWORDS, Schema.BODY));
    try (Directory d = FSDirectory.open(path);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(Fixtures.schema().analyzer()))) {
      w.addDocument(older.toDocument(first, PaperDocuments.hash(first), null));
    }
    LuceneIndex index = LuceneIndex.openForWriting(path, Fixtures.schema());
    assertThat(index.delete(first.id())).isTrue();
    return index;
  }

  @AfterAll
  static void close() throws IOException {
    withOffsets.close();
    without.close();
  }

  @Test
  void aNewIndexKeepsOffsetsAndAnOlderOneGoesOnWithout() throws IOException {
    assertThat(withoutOffsets(dir.resolve("new"))).isEmpty();
    assertThat(withoutOffsets(dir.resolve("old")))
        .containsExactlyInAnyOrder(Schema.TITLE, Schema.ABSTRACT, Schema.KEYWORDS, Schema.BODY);
  }

  private static java.util.Set<String> withoutOffsets(Path index) throws IOException {
    try (Directory d = FSDirectory.open(index);
        DirectoryReader r = DirectoryReader.open(d)) {
      return PaperDocuments.withoutOffsets(FieldInfos.getMergedFieldInfos(r));
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "silicon anode",
        "\"solid electrolyte interphase\"",
        "SiOx",
        "FEC electrolyte",
        "LiPF6",
        "binder AND capacity",
        "silic*",
        "silcon~",
        "title:silicon",
        "volume expansion -graphite"
      })
  void bothGiveTheSameSnippets(String q) throws IOException {
    List<String> fromPostings = snippets(withOffsets, q);
    assertThat(fromPostings).isNotEmpty().anyMatch(s -> s != null && s.contains("<mark>"));
    assertThat(fromPostings).isEqualTo(snippets(without, q));
    for (String hit : fromPostings) {
      String id = hit.substring(0, hit.indexOf(": "));
      String passage = hit.substring(id.length() + 2).split(" … ")[0];
      if (passage.equals("null")) {
        continue; // no snippet: a paper without an abstract
      }
      Paper p = withOffsets.get(id);
      String text = String.join("\n", p.title(), p.abstractText(), String.valueOf(p.body()));
      assertThat(text).as("the paper %s holds its snippet", id).contains(plain(passage));
    }
  }

  /** A snippet's passage as its paper's text reads: without marks, unescaped. */
  private static String plain(String passage) {
    return passage
        .replace("<mark>", "")
        .replace("</mark>", "")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
        .strip();
  }

  private static List<String> snippets(LuceneIndex index, String q) throws IOException {
    SearchRequest r =
        new SearchRequest(
            q, List.of(), List.of(), List.of(), 10, "relevance", 20, 1, null, true, "words");
    return new LuceneSearcher(index, Fixtures.taxonomy(), Fixtures.embedder())
        .search(r).hits().stream().map(h -> h.id() + ": " + h.snippet()).toList();
  }
}

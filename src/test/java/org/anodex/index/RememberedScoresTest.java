package org.anodex.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInvertState;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Remembered scores must be the ranking's scores bit for bit (pages, cursors and the meaning's
 * window compare them), for words, phrases (a scorer per phrase term), sloppy phrases (fractional
 * frequencies), synonyms and frequencies past what is remembered, on papers of many lengths, from
 * one thread and from a search split across threads.
 */
class RememberedScoresTest {
  @TempDir static Path dir;
  private static DirectoryReader reader;
  private static ExecutorService pool;
  private static final Similarity DFR = Ranking.defaults().similarity();

  @BeforeAll
  static void index() throws IOException {
    Random random = new Random(11);
    String[] words = {"silicon", "anode", "carbon", "binder", "electrolyte", "capacity"};
    try (IndexWriter w =
        new IndexWriter(
            FSDirectory.open(dir),
            new IndexWriterConfig(new StandardAnalyzer())
                .setSimilarity(DFR)
                .setMaxBufferedDocs(100))) { // several segments: a search split across threads
      for (int i = 0; i < 800; i++) {
        StringBuilder text = new StringBuilder();
        int length = 1 + random.nextInt(i % 10 == 0 ? 400 : 40); // lengths, so norms, vary
        for (int k = 0; k < length; k++) {
          text.append(k % 7 == 0 ? "silicon anode " : words[random.nextInt(words.length)] + " ");
        }
        Document doc = new Document();
        doc.add(new TextField("text", text.toString(), Field.Store.NO));
        w.addDocument(doc);
      }
    }
    reader = DirectoryReader.open(FSDirectory.open(dir));
    pool = Executors.newFixedThreadPool(2);
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    pool.shutdown();
  }

  private static final List<Query> QUERIES =
      List.of(
          new TermQuery(new Term("text", "silicon")), // frequencies past 16 in the long papers
          new TermQuery(new Term("text", "binder")),
          new PhraseQuery("text", "silicon", "anode"),
          new PhraseQuery(2, "text", "carbon", "binder"), // sloppy: fractional frequencies
          new SynonymQuery.Builder("text")
              .addTerm(new Term("text", "carbon"))
              .addTerm(new Term("text", "capacity"), 0.5f)
              .build(),
          new BooleanQuery.Builder()
              .add(new TermQuery(new Term("text", "electrolyte")), BooleanClause.Occur.SHOULD)
              .add(new PhraseQuery("text", "anode", "binder"), BooleanClause.Occur.SHOULD)
              .build());

  @Test
  void everyScoreIsTheDelegatesBitForBit() throws IOException {
    Similarity plain = ((RememberedScores) DFR).delegate();
    for (IndexSearcher remembered :
        List.of(new IndexSearcher(reader), new IndexSearcher(reader, pool))) {
      remembered.setSimilarity(DFR);
      IndexSearcher computed = new IndexSearcher(reader);
      computed.setSimilarity(plain);
      for (Query q : QUERIES) {
        TopDocs want = computed.search(q, reader.maxDoc());
        TopDocs got = remembered.search(q, reader.maxDoc());
        assertThat(want.scoreDocs).as("matches of %s", q).hasSizeGreaterThan(50);
        assertThat(scores(got)).as("%s", q).containsExactly(scores(want));
      }
    }
  }

  @Test
  void aScoreIsComputedOncePerFrequencyAndNorm() throws IOException {
    AtomicInteger calls = new AtomicInteger();
    Similarity plain = ((RememberedScores) DFR).delegate();
    Similarity counting =
        new Similarity() {
          @Override
          public long computeNorm(FieldInvertState state) {
            return plain.computeNorm(state);
          }

          @Override
          public SimScorer scorer(float boost, CollectionStatistics c, TermStatistics... t) {
            SimScorer s = plain.scorer(boost, c, t);
            return new SimScorer() {
              @Override
              public float score(float freq, long norm) {
                calls.incrementAndGet();
                return s.score(freq, norm);
              }

              @Override
              public Explanation explain(Explanation freq, long norm) {
                return s.explain(freq, norm);
              }
            };
          }
        };
    IndexSearcher searcher = new IndexSearcher(reader);
    searcher.setSimilarity(new RememberedScores(counting));
    TopDocs top = searcher.search(new TermQuery(new Term("text", "binder")), reader.maxDoc());
    // Hundreds of papers match, of fewer distinct lengths and frequencies.
    assertThat(top.scoreDocs.length).isGreaterThan(600);
    assertThat(calls.get()).isLessThan(top.scoreDocs.length / 2);
  }

  private static float[] scores(TopDocs top) {
    // By doc, so that ties in any order compare.
    ScoreDoc[] docs = top.scoreDocs.clone();
    Arrays.sort(docs, Comparator.comparingInt(d -> d.doc));
    float[] out = new float[docs.length * 2];
    for (int i = 0; i < docs.length; i++) {
      out[2 * i] = docs[i].doc;
      out[2 * i + 1] = docs[i].score;
    }
    return out;
  }
}

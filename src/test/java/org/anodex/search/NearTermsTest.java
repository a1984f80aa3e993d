package org.anodex.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The terms near a word are those Lucene's fuzzy query finds, at the same distances. */
class NearTermsTest {
  /**
   * Dense words over a few letters (one of two bytes, one of four), so that most words have many
   * neighbours at one and two edits, swaps of neighbours included; in several segments, whose
   * papers add up.
   */
  @Test
  void findsWhatLucenesFuzzyQueryFindsAtTheSameDistances() throws IOException {
    String[] letters = {"a", "b", "c", "é", "\uD835\uDEFC"};
    Random random = new Random(7);
    TreeSet<String> vocabulary = new TreeSet<>();
    while (vocabulary.size() < 3000) {
      vocabulary.add(word(letters, 1 + random.nextInt(8), random));
    }
    List<String> queries = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      queries.add(word(letters, 2 + random.nextInt(7), random));
    }
    queries.add(vocabulary.first());
    queries.add(vocabulary.last());
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w =
          new IndexWriter(
              dir,
              new IndexWriterConfig()
                  .setMaxBufferedDocs(1000)
                  .setMergePolicy(NoMergePolicy.INSTANCE))) {
        int n = 0;
        for (String v : vocabulary) {
          Document d = new Document();
          d.add(new StringField("f", v, Field.Store.NO));
          for (int copies = n++ % 3; copies > 0; copies--) {
            w.addDocument(d); // docFreq 0 to 2, so that it is checked too
          }
          w.addDocument(d);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertThat(reader.leaves()).as("segments, each walked alone").hasSizeGreaterThan(3);
        Terms terms = MultiTerms.getTerms(reader, "f");
        int compared = 0;
        for (String q : queries) {
          for (int edits = 1; edits <= 2; edits++) {
            TreeMap<String, String> ours = new TreeMap<>();
            for (NearTerms.Near near : NearTerms.of(reader, "f", q, edits)) {
              ours.put(near.term().utf8ToString(), similarity(q, near) + "/" + near.docFreq());
            }
            TreeMap<String, String> lucene = lucene(terms, q, edits);
            assertThat(ours).as(q + " within " + edits).isEqualTo(lucene);
            compared += ours.size();
          }
        }
        assertThat(compared).as("neighbours compared").isGreaterThan(5000);
      }
    }
  }

  private static String word(String[] letters, int length, Random random) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < length; i++) {
      s.append(letters[random.nextInt(letters.length)]);
    }
    return s.toString();
  }

  private static float similarity(String q, NearTerms.Near near) {
    if (near.edits() == 0) {
      return 1.0f;
    }
    String t = near.term().utf8ToString();
    int shorter = Math.min(t.codePointCount(0, t.length()), q.codePointCount(0, q.length()));
    return 1.0f - (float) near.edits() / shorter;
  }

  private static TreeMap<String, String> lucene(Terms terms, String q, int edits)
      throws IOException {
    FuzzyTermsEnum e = Fuzzy.terms(new Term("f", q), edits, terms);
    TreeMap<String, String> found = new TreeMap<>();
    for (BytesRef t = e.next(); t != null; t = e.next()) {
      found.put(t.utf8ToString(), e.getBoost() + "/" + e.docFreq());
    }
    return found;
  }

  /** Lucene's fuzzy query as the spelling suggester used it: a prefix of one, swaps as one edit. */
  private static final class Fuzzy extends FuzzyQuery {
    private Fuzzy(Term word, int edits) {
      super(word, edits, 1, 50, true);
    }

    static FuzzyTermsEnum terms(Term word, int edits, Terms terms) throws IOException {
      return (FuzzyTermsEnum) new Fuzzy(word, edits).getTermsEnum(terms, new AttributeSource());
    }
  }
}

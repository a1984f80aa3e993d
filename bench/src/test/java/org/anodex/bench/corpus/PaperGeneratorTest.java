package org.anodex.bench.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.anodex.paper.Paper;
import org.junit.jupiter.api.Test;

/**
 * On made-up papers (no corpus data in the repository): determinism, unit embeddings near the
 * source's.
 */
class PaperGeneratorTest {

  private static RealCorpus corpus() {
    List<Paper> papers = new ArrayList<>();
    List<float[]> embeddings = new ArrayList<>();
    String[] words = {
      "silicon", "anode", "binder", "electrolyte", "capacity", "cycling", "graphite", "coating"
    };
    SplittableRandom r = new SplittableRandom(1);
    for (int p = 0; p < 20; p++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 60; w++) {
        text.append(words[r.nextInt(words.length)]).append(w % 12 == 11 ? ". " : " ");
      }
      papers.add(
          Paper.builder()
              .title("A " + words[p % words.length] + " study of " + words[(p + 3) % words.length])
              .abstractText(text.toString().strip())
              .journal("Journal " + (p % 3))
              .date("202" + (p % 5) + "-0" + (1 + p % 9) + "-15")
              .author("Author " + p)
              .build("k-" + p));
      float[] v = new float[384];
      v[p] = 1;
      embeddings.add(v);
    }
    return new RealCorpus(papers, embeddings);
  }

  @Test
  void paperIDependsOnlyOnSeedAndI() {
    RealCorpus real = corpus();
    PaperGenerator a = new PaperGenerator(real, 42, 1000);
    PaperGenerator b = new PaperGenerator(real, 42, 1000);
    SyntheticPaper late = b.paper(7);
    b.paper(3);
    assertEquals(a.paper(7).abstractText(), late.abstractText());
    assertArrayEquals(a.paper(7).embedding(), late.embedding());
    assertNotEquals(a.paper(7).abstractText(), a.paper(8).abstractText());
    assertNotEquals(
        a.paper(7).abstractText(), new PaperGenerator(real, 43, 1000).paper(7).abstractText());
  }

  @Test
  void embeddingsAreUnitLengthAndCloseToTheirSource() {
    float[] source = new float[384];
    source[5] = 1;
    float[] v = PaperGenerator.embedding(source, new SplittableRandom(9));
    double norm = 0;
    for (float f : v) {
      norm += f * f;
    }
    assertEquals(1.0, Math.sqrt(norm), 1e-4);
    assertTrue(v[5] > 0.95 && v[5] < 0.995, "cosine to the source " + v[5]);
  }

  @Test
  void floatsAreWrittenWithSixDecimals() {
    assertEquals("-0.000123", PaperWriter.sixDecimals(-0.000123f));
    assertEquals("0.500000", PaperWriter.sixDecimals(0.5f));
    assertEquals("1.000000", PaperWriter.sixDecimals(1f));
  }

  @Test
  void queriesAreTwoToFourPlainWords() {
    for (QueryPicker.Query q : QueryPicker.pick(corpus().papers(), 50, 42)) {
      int n = q.words().split(" ").length;
      assertTrue(n >= 2 && n <= 4 && q.words().matches("[\\p{L}\\p{N} -]+"), q.words());
    }
  }
}

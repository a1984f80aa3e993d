package org.anodex.bench.corpus;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;
import org.anodex.paper.Paper;

/**
 * Generated papers, each drawn mostly from one real paper (its source): the title and abstract are
 * walks through the bigram models of all real titles and abstracts, pulled towards the source's own
 * words, with about the source's lengths; the venue is the source's or another real paper's, the
 * date and the number of authors another real paper's, the author names from the pool of real
 * names; the embedding is the source's real embedding plus Gaussian noise, renormalised to unit
 * length (cosine to the source about 0.97). Paper {@code i} of seed {@code s} is the same whatever
 * the corpus size or chunking.
 */
public final class PaperGenerator {
  /** Norm of the noise added to the source's unit embedding. */
  static final double NOISE = 0.25;

  private final RealCorpus real;
  private final TextModel titles = new TextModel();
  private final TextModel abstracts = new TextModel();
  private final List<String> names = new ArrayList<>();
  private final BitSet[] titleWords;
  private final BitSet[] abstractWords;
  private final RareWords rare;
  private final long seed;

  public PaperGenerator(RealCorpus real, long seed, long papers) {
    this.real = real;
    this.seed = seed;
    // Variants grow with the corpus: about one new word per 100 abstracts at 5k, up to millions at
    // 1M.
    this.rare = new RareWords(0.004, Math.max(1000, papers * 4));
    java.util.Set<String> seen = new java.util.LinkedHashSet<>();
    for (Paper p : real.papers()) {
      titles.learn(p.title());
      abstracts.learn(p.abstractText());
      seen.addAll(p.authors());
    }
    names.addAll(seen);
    titles.freeze();
    abstracts.freeze();
    int n = real.papers().size();
    titleWords = new BitSet[n];
    abstractWords = new BitSet[n];
    for (int i = 0; i < n; i++) {
      titleWords[i] = titles.vocabulary(real.papers().get(i).title());
      abstractWords[i] = abstracts.vocabulary(real.papers().get(i).abstractText());
    }
  }

  public SyntheticPaper paper(long i) {
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
    List<Paper> papers = real.papers();
    int s = random.nextInt(papers.size());
    Paper source = papers.get(s);
    String[] titleTokens = TextModel.tokens(source.title());
    int titleLength = Math.max(3, titleTokens.length + random.nextInt(5) - 2);
    String title =
        titles.walk(
            titleTokens.length > 0 ? titleTokens[0] : null,
            titleLength,
            false,
            titleWords[s],
            4,
            rare,
            random);
    String abstractText = null;
    String[] abstractTokens = TextModel.tokens(source.abstractText());
    if (abstractTokens.length > 0) {
      int length = (int) Math.max(10, abstractTokens.length * (0.8 + 0.4 * random.nextDouble()));
      abstractText =
          abstracts.walk(abstractTokens[0], length, true, abstractWords[s], 6, rare, random);
    }
    String venue =
        random.nextDouble() < 0.6
            ? source.journal()
            : papers.get(random.nextInt(papers.size())).journal();
    Paper dated = papers.get(random.nextInt(papers.size()));
    Integer year = dated.year();
    String published = null;
    if (dated.date() != null && dated.date().length() >= 7) {
      published = dated.date().substring(0, 7) + String.format("-%02d", 1 + random.nextInt(28));
      year = Integer.valueOf(published.substring(0, 4));
    }
    int authorCount = papers.get(random.nextInt(papers.size())).authors().size();
    List<String> authors = new ArrayList<>(authorCount);
    for (int a = 0; a < authorCount && !names.isEmpty(); a++) {
      authors.add(names.get(random.nextInt(names.size())));
    }
    String doi = "10.5555/bench.s" + seed + "." + i;
    return new SyntheticPaper(
        "bench-" + seed + "-" + i,
        doi,
        title,
        abstractText,
        authors,
        venue,
        year,
        published,
        embedding(real.embeddings().get(s), random));
  }

  /**
   * The source's embedding plus noise of norm about {@link #NOISE}, unit length, rounded as written
   * (6 decimals).
   */
  static float[] embedding(float[] source, SplittableRandom random) {
    if (source == null) {
      return null;
    }
    double sigma = NOISE / Math.sqrt(source.length);
    double[] v = new double[source.length];
    double norm = 0;
    for (int d = 0; d < v.length; d++) {
      v[d] = source[d] + sigma * gaussian(random);
      norm += v[d] * v[d];
    }
    norm = Math.sqrt(norm);
    float[] out = new float[v.length];
    for (int d = 0; d < v.length; d++) {
      out[d] = (float) (Math.round(v[d] / norm * 1e6) / 1e6);
    }
    return out;
  }

  private static double gaussian(SplittableRandom random) {
    double u = 1 - random.nextDouble();
    double w = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * w);
  }
}

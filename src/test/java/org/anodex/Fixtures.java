package org.anodex;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.anodex.api.AnodexServer;
import org.anodex.api.Backend;
import org.anodex.enrich.Enricher;
import org.anodex.enrich.Taxonomy;
import org.anodex.enrich.TopicTagger;
import org.anodex.enrich.properties.PropertyConfig;
import org.anodex.enrich.properties.PropertyExtractor;
import org.anodex.index.LuceneIndex;
import org.anodex.index.Schema;
import org.anodex.ingest.BackgroundEmbedder;
import org.anodex.ingest.Commits;
import org.anodex.ingest.EmbedProgress;
import org.anodex.ingest.IngestSummary;
import org.anodex.ingest.Ingester;
import org.anodex.ingest.Progress;
import org.anodex.ingest.Writes;
import org.anodex.search.LuceneSearcher;
import org.anodex.semantic.Embedder;
import org.anodex.semantic.MiniLmEmbedder;
import org.anodex.source.RecordFields;
import org.anodex.source.Sources;
import org.anodex.source.tika.ParserProcesses;

/**
 * Index fixtures shared by every test class of a run (built once: ingesting real files takes
 * seconds), and the path to {@code ../shared}, whose absence makes corpus tests skip.
 */
public final class Fixtures {
  private static final Taxonomy TAXONOMY = Taxonomy.defaults();
  private static final Embedder EMBEDDER = new MiniLmEmbedder();
  private static Built sample;
  private static Built fulltext;
  private static Built abstracts;
  private static final java.util.Map<String, Built> COLLECTIONS = new java.util.HashMap<>();

  /** An index and what ingesting it reported. */
  public record Built(LuceneIndex index, IngestSummary summary) {}

  private Fixtures() {}

  public static Taxonomy taxonomy() {
    return TAXONOMY;
  }

  /** What production enriches papers with: topics, then properties. */
  public static List<Enricher> enrichers() {
    return List.of(new TopicTagger(TAXONOMY), new PropertyExtractor());
  }

  public static Schema schema() {
    return new Schema(TAXONOMY.dimensionKeys(), PropertyConfig.defaults().canonicalUnits());
  }

  /** {@code ../shared/corpora}, or the test is skipped with the reason. */
  public static Path corpora() {
    Path p = Path.of(System.getProperty("anodex.shared", "../shared")).resolve("corpora");
    assumeTrue(Files.isDirectory(p), "../shared/corpora is absent: corpus tests skip");
    return p;
  }

  static boolean tesseract() {
    try {
      return new ProcessBuilder("tesseract", "--version")
              .redirectErrorStream(true)
              .start()
              .waitFor()
          == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  public static Path sampleData() {
    return Path.of("sample-data");
  }

  public static Path resource(String name) {
    return Path.of("src/test/resources").resolve(name);
  }

  /** The shipped sample data, ingested. */
  public static synchronized Built sample() {
    if (sample == null) {
      sample = build("sample", List.of(sampleData()));
    }
    return sample;
  }

  /** The 5,075 battery abstracts of ../shared. */
  public static synchronized Built abstracts() {
    Path c = corpora();
    if (abstracts == null) {
      abstracts = build("abstracts", List.of(c.resolve("battery-abstracts")));
    }
    return abstracts;
  }

  /**
   * Full texts and bibliographies of ../shared: 7 battery papers, 110 Elsevier, 10 PDFs, 81 BibTeX.
   * One PDF is a scan, read only where Tesseract is installed (.ci/run installs it).
   */
  public static synchronized Built fulltext() {
    Path c = corpora();
    assumeTrue(
        tesseract(), "tesseract is not installed: the scanned PDF of ../shared cannot be read");
    if (fulltext == null) {
      try (var oa = Files.list(c.resolve("fulltext/elsevier-oa-stm"));
          var pdf = Files.list(c.resolve("fulltext/pdf"))) {
        List<Path> paths = new java.util.ArrayList<>();
        paths.add(c.resolve("fulltext/battery-papers"));
        paths.addAll(oa.filter(p -> p.toString().endsWith(".norm-xml")).sorted().toList());
        paths.addAll(pdf.filter(p -> p.toString().endsWith(".pdf")).sorted().toList());
        paths.add(c.resolve("bibliographies"));
        fulltext = build("fulltext", paths);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return fulltext;
  }

  /**
   * A collection of ../shared/corpora ingested once per run and shared by the test classes that
   * search it ("battery-abstracts", "scifact/corpus.jsonl": a BEIR corpus file, as the queries
   * beside it are not papers).
   */
  public static synchronized Built collection(String pathInCorpora) {
    Path p = corpora().resolve(pathInCorpora);
    return COLLECTIONS.computeIfAbsent(
        pathInCorpora, k -> build(p.getFileName().toString(), List.of(p)));
  }

  /**
   * A real Anodex HTTP server (API and web UI) on a free port over {@code index}, as {@code anodex
   * serve} starts it; {@code properties} as {@link AnodexServer#start} takes them (e.g. {@code
   * anodex.token}).
   */
  public static EmbeddedServer serve(LuceneIndex index, java.util.Map<String, Object> properties) {
    Backend backend =
        new Backend(
            new LuceneSearcher(index, taxonomy(), EMBEDDER),
            new Writes(sources(), enrichers(), index),
            taxonomy(),
            index.schema().propertyUnits());
    return AnodexServer.start(backend, -1, properties);
  }

  public static Sources sources() {
    return new Sources(RecordFields.defaults(), ParserProcesses.Limits.defaults(), 200L << 20);
  }

  /**
   * Ingests {@code paths} into a new index in a temporary folder, with the production code path.
   */
  public static Built build(String name, List<Path> paths) {
    try {
      return rebuildInto(
          LuceneIndex.openForWriting(Files.createTempDirectory("anodex-" + name), schema()), paths);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Ingests {@code paths} into an existing index, then embeds its papers (as {@code anodex ingest}
   * does).
   */
  public static Built rebuildInto(LuceneIndex index, List<Path> paths) {
    try (Sources sources = sources()) {
      Ingester ingester =
          new Ingester(sources, enrichers(), index, 2, Commits.everyPapers(1000), Progress.NONE);
      IngestSummary summary = ingester.ingest(paths);
      embed(index);
      return new Built(index, summary);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The tests' embedder: one for the test JVM, so the model loads once. */
  public static Embedder embedder() {
    return EMBEDDER;
  }

  /** Embeds every paper of {@code index} that waits for its embedding. */
  public static BackgroundEmbedder.Result embed(LuceneIndex index) throws IOException {
    return new BackgroundEmbedder(index, EMBEDDER::paper, 2, 60_000, EmbedProgress.NONE).run();
  }

  /**
   * The cosine of two vectors, in double precision (what a test expects a ranking to have used).
   */
  public static double cosine(float[] a, float[] b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return dot / Math.sqrt(na * nb);
  }
}

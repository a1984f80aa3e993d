package org.anodex.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.anodex.enrich.Enricher;
import org.anodex.enrich.Taxonomy;
import org.anodex.enrich.TopicTagger;
import org.anodex.enrich.properties.PropertyConfig;
import org.anodex.enrich.properties.PropertyExtractor;
import org.anodex.index.Schema;
import org.anodex.semantic.Embedder;
import org.anodex.semantic.MiniLmEmbedder;
import picocli.CommandLine.Option;

/** Options every command that opens an index shares ({@link TaggingOptions} adds the taxonomy). */
class IndexOptions {
  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "index folder (default: $ANODEX_INDEX, else ./index)")
  Path index;

  /** Set by {@link TaggingOptions}; elsewhere $ANODEX_TAXONOMY or the built-in one. */
  Path taxonomyFile;

  @Option(
      names = "--backend",
      paramLabel = "lucene|solr",
      description =
          "where the index lives: lucene (embedded, in --index) or solr (default: $ANODEX_BACKEND, else lucene)")
  String backend = env("ANODEX_BACKEND", "lucene");

  @Option(
      names = "--solr",
      paramLabel = "URLS",
      description =
          "Solr node URLs, comma-separated, e.g. http://host:8983/solr (default: $ANODEX_SOLR)")
  String solr = env("ANODEX_SOLR", null);

  @Option(
      names = "--collection",
      description = "SolrCloud collection (default: $ANODEX_COLLECTION, else anodex)")
  String collection = env("ANODEX_COLLECTION", "anodex");

  private Taxonomy taxonomy;
  private PropertyConfig properties;
  private Embedder embedder;

  static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }

  boolean onSolr() {
    if (!backend.equals("lucene") && !backend.equals("solr")) {
      throw new IllegalArgumentException("--backend must be lucene or solr, was " + backend);
    }
    if (backend.equals("solr") && solr == null) {
      throw new IllegalArgumentException("the solr backend needs --solr URLS (or ANODEX_SOLR)");
    }
    return backend.equals("solr");
  }

  Path index() {
    if (index != null) {
      return index;
    }
    String env = System.getenv("ANODEX_INDEX");
    return Path.of(env == null || env.isBlank() ? "index" : env);
  }

  Taxonomy taxonomy() throws IOException {
    if (taxonomy == null) {
      taxonomy = Taxonomy.fromFileOrEnv(taxonomyFile);
    }
    return taxonomy;
  }

  PropertyConfig properties() throws IOException {
    if (properties == null) {
      properties = PropertyConfig.fromFileOrEnv(null);
    }
    return properties;
  }

  /** The command's embedder: one per process, its model loaded only if something is embedded. */
  Embedder embedder() {
    if (embedder == null) {
      embedder = new MiniLmEmbedder();
    }
    return embedder;
  }

  Schema schema() throws IOException {
    return new Schema(taxonomy().dimensionKeys(), properties().canonicalUnits());
  }

  /** What every paper is enriched with: topics, then numeric properties. */
  List<Enricher> enrichers() throws IOException {
    return List.of(new TopicTagger(taxonomy()), new PropertyExtractor(properties()));
  }
}

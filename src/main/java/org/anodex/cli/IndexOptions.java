package org.anodex.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.anodex.enrich.Taxonomy;
import org.anodex.index.Schema;
import picocli.CommandLine.Option;

/** Options every command that opens an index shares. */
final class IndexOptions {
  @Option(names = "--index", paramLabel = "DIR",
      description = "index folder (default: $ANODEX_INDEX, else ./index)")
  Path index;

  @Option(names = "--taxonomy", paramLabel = "FILE",
      description = "taxonomy YAML to tag with (default: $ANODEX_TAXONOMY, else the built-in one)")
  Path taxonomyFile;

  private Taxonomy taxonomy;

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

  Schema schema() throws IOException {
    return new Schema(taxonomy().dimensionKeys());
  }
}

package org.anodex.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The index options plus {@code --taxonomy}, for the commands where the taxonomy changes what they
 * do (tagging papers, or reading filters by its paths); elsewhere the option would be offered for
 * nothing.
 */
final class TaggingOptions extends IndexOptions {
  @Option(
      names = "--taxonomy",
      paramLabel = "FILE",
      description = "taxonomy YAML to tag with (default: $ANODEX_TAXONOMY, else the built-in one)")
  void taxonomy(Path file) {
    taxonomyFile = file;
  }
}

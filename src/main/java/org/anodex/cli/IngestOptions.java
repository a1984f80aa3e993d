package org.anodex.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.anodex.ingest.Commits;
import org.anodex.ingest.PaperBudget;
import org.anodex.source.RecordFields;
import org.anodex.source.Sources;
import org.anodex.source.tika.ParserProcesses;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** How files are read: limits on parsing, the JSON field mapping, parallelism. */
final class IngestOptions {
  @Option(
      names = "--fields",
      paramLabel = "FILE",
      description = "JSON record field mapping (see record-fields.yaml)")
  Path fields;

  @Option(names = "--threads", description = "files read at once (default: the number of cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--commit-every",
      paramLabel = "N|TIME",
      converter = CommitsConverter.class,
      defaultValue = "30s",
      description =
          "commit the index every N papers (2000) or every TIME (30s, 5m); a crash loses what came"
              + " since (default: ${DEFAULT-VALUE})")
  Commits commits;

  @Option(
      names = "--parse-timeout",
      paramLabel = "SECONDS",
      description = "longest parse of one file (default: ${DEFAULT-VALUE})")
  int parseTimeout = 120;

  @Option(
      names = "--parse-heap",
      paramLabel = "SIZE",
      description = "heap of a parse process (default: ${DEFAULT-VALUE})")
  String parseHeap = "768m";

  @Option(
      names = "--max-file-mb",
      paramLabel = "MB",
      description = "largest file parsed (default: ${DEFAULT-VALUE})")
  long maxFileMb = 200;

  @Option(
      names = "--max-chars",
      paramLabel = "N",
      description =
          "most characters of text kept per file, and of a paper's body (default: ${DEFAULT-VALUE})")
  int maxChars = 5_000_000;

  @Option(
      names = "--stage-timeout",
      paramLabel = "SECONDS",
      description =
          "longest topic tagging or property extraction of one paper; past it the paper is kept without that stage's results (default: ${DEFAULT-VALUE})")
  int stageTimeout = 30;

  /**
   * Per-paper budgets: the body as long as a parse may deliver, each enrichment stage this long.
   */
  PaperBudget budget() {
    return PaperBudget.defaults()
        .withBodyChars(maxChars)
        .withStageTime(Duration.ofSeconds(stageTimeout));
  }

  Sources sources() throws IOException {
    RecordFields mapping =
        fields == null ? RecordFields.defaults() : RecordFields.withOverrides(fields);
    return new Sources(
        mapping,
        new ParserProcesses.Limits(Duration.ofSeconds(parseTimeout), maxChars, parseHeap),
        maxFileMb << 20);
  }

  /** {@code --commit-every}'s text to when commits fall ({@link Commits#parse}). */
  static final class CommitsConverter implements CommandLine.ITypeConverter<Commits> {
    @Override
    public Commits convert(String text) {
      try {
        return Commits.parse(text);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}

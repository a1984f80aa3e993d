package org.anodex.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.anodex.enrich.Enricher;
import org.anodex.index.PaperIndex;
import org.anodex.source.SourceFile;
import org.anodex.source.Sources;

/**
 * Writes that arrive one at a time (the HTTP API's POST and DELETE): the same ingestion as files on
 * disk, committed at once, so that a written paper is durable and searchable when the call returns.
 */
public final class Writes {
  private final Sources sources;
  private final List<Enricher> enrichers;
  private final PaperIndex index;

  public Writes(Sources sources, List<Enricher> enrichers, PaperIndex index) {
    this.sources = sources;
    this.enrichers = List.copyOf(enrichers);
    this.index = index;
  }

  /** Ingests one file, known by {@code name} (ids of papers without DOI or key derive from it). */
  public IngestSummary ingest(Path file, String name) throws IOException {
    Ingester ingester =
        new Ingester(sources, enrichers, index, 1, Commits.atTheEnd(), Progress.NONE);
    return ingester.ingestFiles(List.of(SourceFile.temporary(file, name)));
  }

  /** Ingests one JSON record (any shape the record field mapping reads). */
  public IngestSummary ingestRecord(byte[] json, String name) throws IOException {
    Path tmp = Files.createTempFile("anodex-record", ".json");
    try {
      Files.write(tmp, json);
      return ingest(tmp, name);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  public boolean delete(String id) throws IOException {
    boolean existed = index.delete(id);
    index.commit();
    return existed;
  }
}

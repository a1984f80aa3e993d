package org.anodex.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.anodex.paper.Paper;
import org.anodex.source.JsonRecordSource;
import org.anodex.source.PaperSink;
import org.anodex.source.RecordFields;
import org.anodex.source.SourceFile;

/**
 * The papers of a corpus folder of JSON Lines records (../shared/corpora/battery-abstracts), by
 * normalized DOI, read through the same record source as {@code anodex ingest}. Hand-labelled sets
 * name papers by DOI and never store their text; this is where they get it. Each folder is read
 * once per run.
 */
public final class CorpusPapers {
  private static final Map<Path, Map<String, Paper>> CACHE = new HashMap<>();

  private CorpusPapers() {}

  /**
   * Every paper with a DOI in the folder's {@code *.jsonl} files; the first record of a DOI wins.
   */
  public static synchronized Map<String, Paper> byDoi(Path dir) throws IOException {
    Path key = dir.toAbsolutePath().normalize();
    Map<String, Paper> cached = CACHE.get(key);
    if (cached == null) {
      cached = readAll(dir);
      CACHE.put(key, cached);
    }
    return cached;
  }

  private static Map<String, Paper> readAll(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException("corpus folder " + dir + " not found");
    }
    Map<String, Paper> out = new HashMap<>();
    JsonRecordSource source = new JsonRecordSource(RecordFields.defaults());
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
    }
    for (Path f : files) {
      source.read(
          SourceFile.of(f),
          new PaperSink() {
            @Override
            public void accept(Paper paper) {
              if (paper.doi() != null) {
                out.putIfAbsent(paper.doi(), paper);
              }
            }

            @Override
            public void reject(String where, String reason) {}
          });
    }
    return Map.copyOf(out);
  }
}

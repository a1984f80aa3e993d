package org.anodex.bench.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.anodex.paper.Paper;
import org.anodex.semantic.Embedder;
import org.anodex.semantic.MiniLmEmbedder;
import org.anodex.source.JsonRecordSource;
import org.anodex.source.PaperSink;
import org.anodex.source.RecordFields;
import org.anodex.source.SourceFile;

/**
 * The real papers the scale corpus is drawn from, read at run time with the application's own
 * record reader (so titles and abstracts are cleaned exactly as {@code anodex ingest} cleans them),
 * each with its real embedding from the application's {@link Embedder} (cached by text, so the
 * 5,075 battery abstracts cost nothing after their first ingest).
 */
public record RealCorpus(List<Paper> papers, List<float[]> embeddings) {

  /**
   * Every record of the {@code *.jsonl} files in {@code folder}, in file-name order then line
   * order.
   */
  public static RealCorpus read(Path folder) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(folder)) {
      files = s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IOException("no .jsonl files in " + folder);
    }
    List<Paper> papers = new ArrayList<>();
    JsonRecordSource source = new JsonRecordSource(RecordFields.defaults());
    for (Path f : files) {
      source.read(
          SourceFile.of(f),
          new PaperSink() {
            @Override
            public void accept(Paper paper) {
              papers.add(paper);
            }

            @Override
            public void reject(String where, String reason) {}
          });
    }
    List<float[]> embeddings = new ArrayList<>(papers.size());
    long start = System.nanoTime();
    Embedder embedder = new MiniLmEmbedder();
    for (int i = 0; i < papers.size(); i++) {
      embeddings.add(embedder.paper(papers.get(i)));
      if ((i + 1) % 500 == 0 && System.nanoTime() - start > 10_000_000_000L) {
        System.err.printf("real embeddings: %d of %d%n", i + 1, papers.size());
      }
    }
    return new RealCorpus(List.copyOf(papers), embeddings);
  }
}

package org.anodex.bench.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import org.anodex.paper.Embedding;
import org.anodex.paper.Paper;
import org.anodex.source.JsonRecordSource;
import org.anodex.source.PaperSink;
import org.anodex.source.RecordFields;
import org.anodex.source.SourceFile;

/**
 * A bridge until {@code anodex ingest} takes a record's {@code embedding} as it is: the generated
 * embeddings written into an embedding cache of their own, in the application's cache format
 * (SHA-256 of the text the {@link org.anodex.semantic.MiniLmEmbedder} embeds, then 384 big-endian
 * floats), so that {@code anodex ingest} run with {@code -Danodex.cache=DIR} reads each generated
 * paper's embedding instead of computing it (20 a second). The text is taken from the chunk as the
 * application reads it back, so the keys match what ingest asks.
 */
public final class CacheSeeder implements AutoCloseable {
  private final FileChannel out;

  public CacheSeeder(Path cacheDir) throws IOException {
    Path file = cacheDir.resolve("embeddings").resolve(Embedding.MODEL + ".bin");
    Files.createDirectories(file.getParent());
    out =
        FileChannel.open(
            file,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING);
  }

  /**
   * Reads {@code chunk} back and appends the embedding of each of its papers (by DOI in {@code
   * byDoi}).
   */
  public void seed(Path chunk, Map<String, float[]> byDoi) throws IOException {
    ByteBuffer all = ByteBuffer.allocate(byDoi.size() * (32 + Embedding.DIMENSION * Float.BYTES));
    int[] missing = {0};
    new JsonRecordSource(RecordFields.defaults())
        .read(
            SourceFile.of(chunk),
            new PaperSink() {
              @Override
              public void accept(Paper paper) {
                float[] v =
                    paper.doi() == null
                        ? null
                        : byDoi.get(paper.doi().toLowerCase(java.util.Locale.ROOT));
                if (v == null) {
                  missing[0]++;
                  return;
                }
                all.put(sha256(Embedding.text(paper)));
                for (float f : v) {
                  all.putFloat(f);
                }
              }

              @Override
              public void reject(String where, String reason) {
                missing[0]++;
              }
            });
    if (missing[0] > 0) {
      throw new IOException(missing[0] + " papers of " + chunk + " not matched to their embedding");
    }
    all.flip();
    synchronized (this) {
      while (all.hasRemaining()) {
        out.write(all);
      }
    }
  }

  static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}

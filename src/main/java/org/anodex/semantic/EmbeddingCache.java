package org.anodex.semantic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Embeddings already computed, by the SHA-256 of the text embedded, in one append-only file per
 * model ({@code ~/.cache/anodex/embeddings/MODEL.bin}; {@code ANODEX_CACHE} or {@code
 * -Danodex.cache} names another folder, {@code off} keeps none). Embedding is the slow part of
 * ingesting (about 15 abstracts a second on two cores); with the cache, re-ingesting into a new
 * index, or into a SolrCloud collection, reads each text's embedding instead. A record is the hash
 * and the vector; a torn last record (a process killed while writing) is ignored and overwritten by
 * the next write.
 */
final class EmbeddingCache {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddingCache.class);
  private static final int KEY = 32;

  private final Path file;
  private final int dimension;
  private final Map<String, float[]> vectors = new HashMap<>();

  private EmbeddingCache(Path file, int dimension) {
    this.file = file;
    this.dimension = dimension;
  }

  /**
   * The cache of {@code model} in the user's cache folder; one that keeps nothing if that is off or
   * unusable.
   */
  static EmbeddingCache open(String model, int dimension) {
    String dir = System.getProperty("anodex.cache", System.getenv("ANODEX_CACHE"));
    if ("off".equals(dir)) {
      return new EmbeddingCache(null, dimension);
    }
    Path folder =
        dir != null ? Path.of(dir) : Path.of(System.getProperty("user.home"), ".cache", "anodex");
    try {
      return open(folder.resolve("embeddings").resolve(model + ".bin"), dimension);
    } catch (IOException | UncheckedIOException e) {
      LOG.warn(
          "embedding cache {} unusable, embeddings are computed afresh: {}",
          folder,
          e.getMessage());
      return new EmbeddingCache(null, dimension);
    }
  }

  static EmbeddingCache open(Path file, int dimension) throws IOException {
    EmbeddingCache cache = new EmbeddingCache(file, dimension);
    Files.createDirectories(file.getParent());
    if (Files.exists(file)) {
      ByteBuffer all = ByteBuffer.wrap(Files.readAllBytes(file));
      byte[] key = new byte[KEY];
      while (all.remaining() >= cache.recordSize()) {
        all.get(key);
        float[] v = new float[dimension];
        all.asFloatBuffer().get(v);
        all.position(all.position() + dimension * Float.BYTES);
        cache.vectors.put(HexFormat.of().formatHex(key), v);
      }
    }
    return cache;
  }

  private int recordSize() {
    return KEY + dimension * Float.BYTES;
  }

  synchronized float[] get(String text) {
    return vectors.get(HexFormat.of().formatHex(sha256(text)));
  }

  synchronized void put(String text, float[] vector) {
    byte[] key = sha256(text);
    vectors.put(HexFormat.of().formatHex(key), vector);
    if (file == null) {
      return;
    }
    ByteBuffer record = ByteBuffer.allocate(recordSize());
    record.put(key);
    record.asFloatBuffer().put(vector);
    record.clear(); // the float view wrote past the key; write the whole record
    try (FileChannel ch =
            FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = ch.lock()) {
      long size = ch.size();
      ch.position(size - size % recordSize()); // after the last whole record
      ch.write(record);
    } catch (IOException e) {
      LOG.warn("embedding cache {} not written: {}", file, e.getMessage());
    }
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

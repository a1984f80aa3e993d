package org.anodex.source.harvest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where a harvest is: the cursor of the next page and how many records came before it, written
 * after each page is committed to the index (replacing the file in one move, so a kill leaves the
 * old one or the new one). A run that finds one goes on from its cursor; a finished harvest removes
 * it, so that the next run starts over and updates what changed.
 */
public final class Checkpoint {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path file;

  public record State(String cursor, long records) {}

  private Checkpoint(Path file) {
    this.file = file;
  }

  /**
   * The checkpoint in {@code dir} of the harvest that {@code parts} identify (source, query,
   * target, ...).
   */
  public static Checkpoint in(Path dir, String source, String... parts) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String p : parts) {
        sha.update(String.valueOf(p).getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return new Checkpoint(
          dir.resolve(source + "-" + HexFormat.of().formatHex(sha.digest(), 0, 8) + ".json"));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public Path file() {
    return file;
  }

  /** The saved state, or null where the harvest has none (never run, or finished). */
  public State load() throws IOException {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      return JSON.readValue(file.toFile(), State.class);
    } catch (IOException e) {
      throw new IOException(
          "the harvest checkpoint "
              + file
              + " cannot be read ("
              + e.getMessage()
              + "); delete it to start the harvest over",
          e);
    }
  }

  public void save(State state) throws IOException {
    Files.createDirectories(file.getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    JSON.writeValue(tmp.toFile(), state);
    try {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  public void delete() throws IOException {
    Files.deleteIfExists(file);
  }
}

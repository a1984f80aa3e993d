package org.anodex.bench.anodex;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

/**
 * Anodex ranking by words alone, measurable today: the jar's own {@code ranking.yaml} with {@code
 * semantic.weight: 0} ("0 ranks by words alone"), in a folder put before the jar on the class path.
 * The same index and jar; only the weight differs. Once {@code rank=words} (../shared/API.md) is in
 * the jar, the Words class of the plain server measures the same path and this variant can go.
 */
public final class WordsAlone {

  public static Path rankingDir(Path jar, Path dir) throws IOException {
    String yaml;
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      yaml =
          new String(
              zip.getInputStream(zip.getEntry("ranking.yaml")).readAllBytes(),
              StandardCharsets.UTF_8);
    }
    String words =
        yaml.replaceFirst("(?m)^(semantic:\\s*\\n(?:\\s*#.*\\n)*\\s+weight:)\\s*[0-9.]+", "$1 0");
    if (words.equals(yaml)) {
      throw new IOException(
          "no semantic.weight in the jar's ranking.yaml: the words-alone variant cannot be made");
    }
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("ranking.yaml"), words);
    return dir;
  }
}

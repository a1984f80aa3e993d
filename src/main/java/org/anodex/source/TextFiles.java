package org.anodex.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads small text files (BibTeX, RIS) as UTF-8, falling back to Windows-1252 for older exports.
 */
final class TextFiles {
  private TextFiles() {}

  static String read(Path path) throws IOException {
    byte[] bytes = Files.readAllBytes(path);
    if (bytes.length == 0) {
      throw new UnreadableFileException("empty file");
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      text = new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
    }
    if (text.indexOf('\0') >= 0) {
      throw new UnreadableFileException("binary data, not text");
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}

package org.anodex.source;

import java.io.IOException;

/** A file that yields no paper at all, with the reason in words a user understands. */
public class UnreadableFileException extends IOException {

  public UnreadableFileException(String reason) {
    super(reason);
  }

  public UnreadableFileException(String reason, Throwable cause) {
    super(reason, cause);
  }
}

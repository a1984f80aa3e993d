package org.anodex.source.tika;

import java.io.IOException;

/**
 * A file the parse process could not read (timeout, out of memory, a parser's error), with the
 * reason in words.
 */
public final class ParseFailedException extends IOException {
  public ParseFailedException(String reason) {
    super(reason);
  }

  public ParseFailedException(String reason, Throwable cause) {
    super(reason, cause);
  }
}

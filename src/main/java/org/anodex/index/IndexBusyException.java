package org.anodex.index;

import java.io.IOException;

/** Another process (a running server, another ingest) holds the index for writing. */
public class IndexBusyException extends IOException {
  public IndexBusyException(String message, Throwable cause) {
    super(message, cause);
  }
}

package org.anodex.source.harvest;

import java.io.IOException;

/** A source refused a harvest or stopped answering: the message says which, what and why. */
public final class HarvestException extends IOException {
  public HarvestException(String message) {
    super(message);
  }
}

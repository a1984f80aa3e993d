package org.anodex.search;

/** A search request that cannot be answered as asked: the message says what is wrong, and where. */
public class InvalidRequestException extends RuntimeException {
  private final String title;

  public InvalidRequestException(String title, String detail) {
    super(detail);
    this.title = title;
  }

  /** A short, stable summary of the kind of problem ("Query does not parse"). */
  public String title() {
    return title;
  }
}

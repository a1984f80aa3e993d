package org.anodex.paper;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Normalizes DOIs (lower case, no resolver prefix) and finds them in text. */
public final class Dois {
  private static final Pattern PREFIX =
      Pattern.compile("^(?i)(?:https?://)?(?:dx\\.)?(?:doi\\.org/|doi:\\s*|doi\\s+)");
  private static final Pattern VALID = Pattern.compile("^10\\.\\d{4,9}/\\S+$");
  private static final Pattern IN_TEXT =
      Pattern.compile("\\b10\\.\\d{4,9}/[-._;()/:A-Za-z0-9<>\\[\\]]+");

  private Dois() {}

  /** The DOI in canonical form (lower case, no prefix), or null when {@code raw} is not a DOI. */
  public static String normalize(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.strip();
    if (s.contains("%2F") || s.contains("%2f")) {
      s = URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
    s = PREFIX.matcher(s).replaceFirst("");
    s = trimTrailing(s).toLowerCase(Locale.ROOT);
    return VALID.matcher(s).matches() ? s : null;
  }

  /**
   * The first DOI that occurs in {@code text} and is not {@code except} (e.g. a journal's own DOI).
   */
  public static Optional<String> find(String text, java.util.function.Predicate<String> accept) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = IN_TEXT.matcher(text);
    while (m.find()) {
      String doi = normalize(m.group());
      if (doi != null && accept.test(doi)) {
        return Optional.of(doi);
      }
    }
    return Optional.empty();
  }

  /**
   * Drops sentence punctuation and unbalanced closing brackets that follow a DOI in running text.
   */
  private static String trimTrailing(String s) {
    while (!s.isEmpty()) {
      char c = s.charAt(s.length() - 1);
      if (c == '.' || c == ',' || c == ';' || c == ':') {
        s = s.substring(0, s.length() - 1);
      } else if ((c == ')' && count(s, '(') < count(s, ')'))
          || (c == ']' && count(s, '[') < count(s, ']'))) {
        s = s.substring(0, s.length() - 1);
      } else {
        break;
      }
    }
    return s;
  }

  private static long count(String s, char c) {
    return s.chars().filter(x -> x == c).count();
  }
}

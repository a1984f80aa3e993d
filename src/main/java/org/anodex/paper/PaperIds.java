package org.anodex.paper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Paper ids as API.md defines them: opaque, URL-safe ({@code [A-Za-z0-9-._~]}), stable across
 * re-ingests. A DOI gives {@code 10.1007~s11581-014-1138-8} ('/' becomes '~'); a record key gives
 * {@code k-KEY}; a file position gives {@code f-HASH}. The three forms cannot collide: only DOI ids
 * start with "10.".
 */
public final class PaperIds {
  private static final Pattern SAFE_DOI = Pattern.compile("[a-z0-9._/-]+");
  private static final Pattern SAFE_KEY = Pattern.compile("[A-Za-z0-9._-]{1,100}");
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._~-]{1,200}");

  private PaperIds() {}

  public static String of(String doi, String key, String fallbackKey) {
    if (doi != null) {
      return SAFE_DOI.matcher(doi).matches() ? doi.replace('/', '~') : "doi-" + hash(doi);
    }
    if (key != null) {
      return SAFE_KEY.matcher(key).matches() ? "k-" + key : "k-" + hash(key);
    }
    return "f-" + hash(fallbackKey);
  }

  /**
   * The id a user means: an id as it is, or a DOI as users paste it ({@code 10.1186/S...}, {@code
   * doi:10...}, {@code https://doi.org/10...}) turned into its DOI id. Null when {@code s} is
   * neither (junk in a URL), so callers can answer "not found" without a lookup.
   */
  public static String resolve(String s) {
    if (s == null) {
      return null;
    }
    String doi = null;
    if (s.indexOf('/') >= 0 || s.regionMatches(true, 0, "doi:", 0, 4)) {
      doi = Dois.normalize(s);
    } else if (s.startsWith("10.") && s.indexOf('~') > 0) { // the id form, in any case
      doi = Dois.normalize(s.replace('~', '/'));
    }
    if (doi != null) {
      return of(doi, null, null);
    }
    return isWellFormed(s) ? s : null;
  }

  /** Whether {@code s} has the form of an id (used to reject junk in URLs before a lookup). */
  public static boolean isWellFormed(String s) {
    return s != null && ID.matcher(s).matches();
  }

  static String hash(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

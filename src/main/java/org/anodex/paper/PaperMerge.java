package org.anodex.paper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One paper from two records (two sources, or the same source twice): what the earlier record had
 * stays (title, authors, venue, date, full text, where it was first read from), the longer abstract
 * wins, the later citation count and open-access link win (they are the newer), keywords and
 * outside ids add up. Merging a record into the merge of itself changes nothing, so a second
 * harvest rewrites no paper.
 */
public final class PaperMerge {
  /** arXiv's own DOIs: a journal's DOI for the same paper is preferred. */
  private static final String ARXIV_DOI = "10.48550/arxiv.";

  private PaperMerge() {}

  /**
   * {@code later} merged into {@code earlier}, as the paper {@code id}. Topics and properties are
   * left out.
   */
  public static Paper merge(String id, Paper earlier, Paper later) {
    String doi =
        earlier.doi() == null || (earlier.doi().startsWith(ARXIV_DOI) && later.doi() != null)
            ? later.doi()
            : earlier.doi();
    List<String> keywords = new ArrayList<>(earlier.keywords());
    later.keywords().stream().filter(k -> !keywords.contains(k)).forEach(keywords::add);
    Map<String, String> ids = new TreeMap<>(earlier.sourceIds());
    ids.putAll(later.sourceIds());
    return new Paper(
        id,
        doi,
        or(earlier.title(), later.title()),
        earlier.authors().isEmpty() ? later.authors() : earlier.authors(),
        earlier.year() != null ? earlier.year() : later.year(),
        or(earlier.date(), later.date()),
        or(earlier.journal(), later.journal()),
        longer(earlier.abstractText(), later.abstractText()),
        keywords,
        or(earlier.body(), later.body()),
        or(earlier.format(), later.format()),
        or(earlier.source(), later.source()),
        or(earlier.file(), later.file()),
        List.of(),
        List.of(),
        later.citations() != null ? later.citations() : earlier.citations(),
        or(later.oaUrl(), earlier.oaUrl()),
        ids);
  }

  /**
   * The DOI arXiv registers for every paper: {@code 10.48550/arxiv.2301.01234} (DOIs compare in
   * lower case).
   */
  public static String arxivDoi(String arxivId) {
    return ARXIV_DOI + arxivId.toLowerCase(java.util.Locale.ROOT);
  }

  /** Whether the DOI is one arXiv registered for a preprint. */
  public static boolean isArxivDoi(String doi) {
    return doi != null && doi.startsWith(ARXIV_DOI);
  }

  private static String or(String a, String b) {
    return a != null ? a : b;
  }

  private static String longer(String a, String b) {
    if (a == null || b == null) {
      return a != null ? a : b;
    }
    return b.length() > a.length() ? b : a;
  }
}

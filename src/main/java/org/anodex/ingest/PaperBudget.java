package org.anodex.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.anodex.paper.Paper;
import org.anodex.paper.Text;

/**
 * What one paper may hold and cost before it is enriched and indexed: characters per field, names
 * and keywords per paper, and the time each enrichment stage (tagging, properties) may spend on it.
 * Every stage after this one reads at most these many characters, so a 10 MB title or a 9 MiB
 * abstract costs what its first part costs. Control characters are stripped from every field here
 * too: what is indexed is what is exported.
 */
public record PaperBudget(
    int titleChars,
    int abstractChars,
    int bodyChars,
    int nameChars,
    int names,
    Duration stageTime) {

  /** Titles and abstracts far beyond any real one; a body of the size of a book. */
  public static PaperBudget defaults() {
    return new PaperBudget(2_000, 100_000, 5_000_000, 500, 1_000, Duration.ofSeconds(30));
  }

  public PaperBudget withBodyChars(int chars) {
    return new PaperBudget(titleChars, abstractChars, chars, nameChars, names, stageTime);
  }

  public PaperBudget withStageTime(Duration time) {
    return new PaperBudget(titleChars, abstractChars, bodyChars, nameChars, names, time);
  }

  /** A paper within the budget, and what was cut to get there (empty when nothing was). */
  record Applied(Paper paper, List<String> cuts) {}

  Applied apply(Paper p) {
    List<String> cuts = new ArrayList<>();
    Paper out =
        new Paper(
            p.id(),
            p.doi(),
            cut("title", p.title(), titleChars, cuts),
            list("authors", p.authors(), cuts),
            p.year(),
            cut("date", p.date(), nameChars, cuts),
            cut("journal", p.journal(), nameChars, cuts),
            cut("abstract", p.abstractText(), abstractChars, cuts),
            list("keywords", p.keywords(), cuts),
            cut("body", p.body(), bodyChars, cuts),
            p.format(),
            p.source(),
            p.file(),
            p.topics(),
            p.properties(),
            p.citations(),
            p.oaUrl(),
            p.sourceIds());
    return new Applied(out, cuts);
  }

  private static String cut(String field, String value, int max, List<String> cuts) {
    String s = Text.stripControls(value);
    if (s == null || s.length() <= max) {
      return s == null || s.isBlank() ? null : s;
    }
    int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
    cuts.add(
        String.format(Locale.ROOT, "%s cut at %,d characters (of %,d)", field, end, s.length()));
    return s.substring(0, end);
  }

  private List<String> list(String field, List<String> values, List<String> cuts) {
    List<String> out = new ArrayList<>();
    List<String> longOnes = new ArrayList<>();
    for (String v : values) {
      String s = cut(field, v, nameChars, longOnes);
      if (s != null && out.size() < names) {
        out.add(s);
      }
    }
    if (values.size() > names) {
      cuts.add(
          String.format(Locale.ROOT, "%s: the first %,d of %,d kept", field, names, values.size()));
    }
    if (!longOnes.isEmpty()) {
      cuts.add(
          String.format(
              Locale.ROOT,
              "%d of the %s cut at %,d characters",
              longOnes.size(),
              field,
              nameChars));
    }
    return out;
  }
}

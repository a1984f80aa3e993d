package org.anodex.enrich.properties;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anodex.enrich.Enricher;
import org.anodex.enrich.StageBudget;
import org.anodex.enrich.properties.Quantity.Amount;
import org.anodex.enrich.properties.Resolver.Resolved;
import org.anodex.paper.Paper;
import org.anodex.paper.Property;

/**
 * Extracts the numeric properties of {@code properties.yaml} from a paper's title, abstract and
 * body (before its references): each value in its canonical unit (a range with {@code max}), the
 * raw text, the conditions of its sentence and the sentence as evidence. A value whose unit cannot
 * be converted is kept with value null. A paper lists each (property, value, max, unit) once, the
 * first occurrence (title and abstract before body).
 *
 * <p>Pipeline, per sentence with a digit: {@link NormalizedText} -> {@link QuantityScanner}
 * (numbers, lists, ranges and units) -> {@link Resolver} (which property, from context) -> {@link
 * ConditionLinker} -> {@link Attribution} (what the value describes, its cell). {@link Headings} in
 * a body give the section.
 */
public final class PropertyExtractor implements Enricher {
  static final int MAX_SENTENCE = 2_000;

  /**
   * A body can hold thousands of numbers; beyond this a paper's list stops growing (front first).
   */
  static final int MAX_PER_PAPER = 500;

  private static final int MAX_EVIDENCE = 400;
  static final String TITLE = "title";
  static final String ABSTRACT = "abstract";
  private static final Pattern REFERENCES =
      Pattern.compile(
          "(?m)^\\s*(?:references|bibliography|literature cited|references and notes)\\s*$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final Rules rules;
  private final QuantityScanner scanner;
  private final Resolver resolver;
  private final ConditionLinker linker;

  public PropertyExtractor(PropertyConfig config) {
    this.rules = new Rules(config);
    this.scanner = new QuantityScanner(rules);
    this.resolver = new Resolver(rules);
    this.linker = new ConditionLinker(rules);
  }

  public PropertyExtractor() {
    this(PropertyConfig.defaults());
  }

  public PropertyConfig config() {
    return rules.config;
  }

  @Override
  public Paper enrich(Paper paper) {
    List<Property> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    addAll(out, seen, extract(paper.title(), TITLE));
    addAll(out, seen, extract(paper.abstractText(), ABSTRACT));
    if (paper.body() != null) {
      addAll(out, seen, extract(withoutReferences(paper.body()), null));
    }
    return paper.withProperties(out);
  }

  private static void addAll(List<Property> out, Set<String> seen, List<Property> found) {
    for (Property p : found) {
      if (out.size() >= MAX_PER_PAPER) {
        return;
      }
      String key =
          p.name()
              + '\u0000'
              + p.value()
              + '\u0000'
              + p.max()
              + '\u0000'
              + p.unit()
              + (p.value() == null ? '\u0000' + p.raw() : "");
      if (seen.add(key)) {
        out.add(p);
      }
    }
  }

  /** Every property value in {@code text}, in text order (duplicates kept), its section unknown. */
  public List<Property> extract(String text) {
    return extract(text, null);
  }

  /**
   * Every property value in {@code text}, in text order (duplicates kept). {@code section} is the
   * section of the whole text (title, abstract); null for a body, whose headings name the section
   * of what follows.
   */
  public List<Property> extract(String text, String section) {
    if (text == null || text.isBlank() || !hasDigit(text)) {
      return List.of();
    }
    NormalizedText nt = NormalizedText.of(text);
    String t = nt.text;
    int[] spans = bounded(Sentences.split(t), t);
    List<Property> out = new ArrayList<>();
    String current = section;
    for (int k = 0; k < spans.length; k += 2) {
      StageBudget.check();
      int from = spans[k];
      int to = spans[k + 1];
      Headings.Heading heading = Headings.at(rules, t, from, to);
      if (heading != null) {
        current = section != null ? section : heading.section();
        from = heading.textStart();
      }
      if (!hasDigit(t, from, to)) {
        continue;
      }
      List<Resolved> resolved = new ArrayList<>();
      for (Quantity q : scanner.scan(t, from, to)) {
        Resolved r = resolver.resolve(t, from, to, q);
        if (r != null) {
          resolved.add(r);
        }
      }
      if (resolved.isEmpty()) {
        continue;
      }
      String sentence = clean(nt.originalSpan(from, to));
      Attribution attribution = new Attribution(rules, t, from, to);
      for (Resolved r : resolved) {
        String describes = attribution.describes(r.quantity());
        String cell = attribution.cell(r.quantity());
        String raw = clean(nt.originalSpan(r.quantity().start(), r.quantity().end()));
        String evidence = evidence(sentence, raw);
        List<Amount> amounts = r.quantity().amounts();
        for (int i = 0; i < amounts.size(); i++) {
          Amount a = amounts.get(i);
          Map<String, Object> conditions = linker.conditions(r, i, resolved, t, from, to);
          Double value = r.factor() == null ? null : ConditionLinker.round(a.value() * r.factor());
          Double max =
              r.factor() == null || a.max() == null
                  ? null
                  : ConditionLinker.round(a.max() * r.factor());
          out.add(
              new Property(
                  r.property(),
                  value,
                  max,
                  r.unit(),
                  raw,
                  conditions,
                  evidence,
                  describes,
                  cell,
                  current));
        }
      }
    }
    return out;
  }

  /**
   * Sentences longer than {@link #MAX_SENTENCE} characters, cut into pieces of at most that length
   * (at a space where there is one). Each value is judged against its whole sentence, which costs
   * the square of a sentence's length: a text without sentence breaks (a table flattened by a PDF,
   * a junk abstract) took 35 s at 128 KiB. No sentence of the labelled sets comes near the limit.
   */
  static int[] bounded(int[] spans, String t) {
    int extra = 0;
    for (int k = 0; k < spans.length; k += 2) {
      extra += (spans[k + 1] - spans[k]) / MAX_SENTENCE;
    }
    if (extra == 0) {
      return spans;
    }
    List<Integer> out = new ArrayList<>(spans.length + 2 * extra + 2);
    for (int k = 0; k < spans.length; k += 2) {
      int from = spans[k];
      int to = spans[k + 1];
      while (to - from > MAX_SENTENCE) {
        int cut = t.lastIndexOf(' ', from + MAX_SENTENCE);
        cut = cut > from + MAX_SENTENCE / 2 ? cut : from + MAX_SENTENCE;
        out.add(from);
        out.add(cut);
        from = cut;
      }
      out.add(from);
      out.add(to);
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /** A long sentence is cut to a window around the value, so that the evidence shows it. */
  private static String evidence(String sentence, String raw) {
    if (sentence.length() <= MAX_EVIDENCE) {
      return sentence;
    }
    int at = Math.max(0, sentence.indexOf(raw));
    int start = Math.max(0, Math.min(at - MAX_EVIDENCE / 2, sentence.length() - MAX_EVIDENCE));
    int end = Math.min(sentence.length(), start + MAX_EVIDENCE);
    return (start > 0 ? "\u2026" : "")
        + sentence.substring(start, end).strip()
        + (end < sentence.length() ? "\u2026" : "");
  }

  private static String clean(String s) {
    return SPACES.matcher(s).replaceAll(" ").strip();
  }

  private static boolean hasDigit(String s) {
    return hasDigit(s, 0, s.length());
  }

  private static boolean hasDigit(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  private static String withoutReferences(String body) {
    Matcher m = REFERENCES.matcher(body);
    int cut = -1;
    while (m.find()) {
      cut = m.start();
    }
    return cut > body.length() / 2 ? body.substring(0, cut) : body;
  }
}

package org.anodex.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anodex.paper.Paper;
import org.anodex.paper.Topic;

/**
 * Tags papers with taxonomy values. A value is assigned when one of its signals occurs in the
 * title, abstract or keywords, or at least {@code body_min_mentions} times in a full text's body
 * (before its references), and the signal's context holds in the same sentence ({@code near}
 * present, no {@code unless}). Each topic keeps its evidence: the phrase that signalled it. A paper
 * gets the most specific values as paths; parents are implied.
 */
public final class TopicTagger implements Enricher {
  private static final Pattern REFERENCES =
      Pattern.compile(
          "(?m)^\\s*(?:references|bibliography|literature cited|references and notes)\\s*$",
          Pattern.CASE_INSENSITIVE);

  /**
   * A compiled rule: which value it signals, its sentence context and its dimension's aside words.
   */
  private record CompiledRule(
      String dimension, String path, List<Phrase> near, List<Phrase> unless, AsidePhrases aside) {}

  /** A dimension's {@link Taxonomy.Aside} words as phrases. */
  private record AsidePhrases(List<Phrase> before, List<Phrase> after, List<Phrase> sentence) {}

  private record Signal(Phrase phrase, CompiledRule rule) {}

  /** A regex rule; one that anchors with '^' runs sentence by sentence. */
  private record RegexSignal(Pattern pattern, CompiledRule rule, boolean anchored) {
    static RegexSignal of(String regex, CompiledRule rule) {
      return new RegexSignal(
          Pattern.compile(regex), rule, regex.replaceAll("\\[\\^", "").contains("^"));
    }
  }

  private final Taxonomy taxonomy;
  private final Map<String, List<Signal>> byLowerToken = new HashMap<>();

  /**
   * The signals a lower-cased text token may start, by the token as written: a phrase's first token
   * and its plurals ({@link Phrase#lookupKeys}) map to the signals of every key in that order, so
   * that a token costs one lookup and no substrings.
   */
  private final Map<String, List<Signal>> bySurfaceToken = new HashMap<>();

  private final Map<String, List<Signal>> byExactToken = new HashMap<>();
  private final List<RegexSignal> regexSignals = new ArrayList<>();

  /**
   * Which regexes may match a text, by the literals each needs: case-sensitive ones in the text,
   * the {@code (?i)} ones in the lower-cased text. Most texts hold the literals of a few regexes,
   * and running all of them over every text was most of the cost of tagging.
   */
  private final LiteralScan exactLiterals;

  private final LiteralScan lowerLiterals;

  /** The taxonomy's {@code context}: a paper that names none of these is not tagged at all. */
  private final List<Phrase> context;

  public TopicTagger(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
    for (Taxonomy.Dimension d : taxonomy.dimensions()) {
      compile(
          d.key(),
          new AsidePhrases(
              phrases(d.aside().before()),
              phrases(d.aside().after()),
              phrases(d.aside().sentence())),
          d.values(),
          "");
    }
    List<List<Set<String>>> exact = new ArrayList<>();
    List<List<Set<String>>> lower = new ArrayList<>();
    for (RegexSignal rs : regexSignals) {
      String regex = rs.pattern().pattern();
      boolean ignoreCase = regex.contains("(?i");
      exact.add(ignoreCase ? List.of() : RegexLiterals.of(regex));
      lower.add(ignoreCase ? RegexLiterals.of(regex) : List.of());
    }
    for (String key : byLowerToken.keySet()) {
      for (String surface : Phrase.surfaces(key)) {
        bySurfaceToken.computeIfAbsent(surface, this::signalsStarting);
      }
    }
    exactLiterals = new LiteralScan(exact);
    lowerLiterals = new LiteralScan(lower);
    context = phrases(taxonomy.context());
  }

  private List<Signal> signalsStarting(String token) {
    List<Signal> out = new ArrayList<>();
    for (String key : Phrase.lookupKeys(token)) {
      out.addAll(byLowerToken.getOrDefault(key, List.of()));
    }
    return List.copyOf(out);
  }

  public Taxonomy taxonomy() {
    return taxonomy;
  }

  private void compile(String dim, AsidePhrases aside, List<Taxonomy.Value> values, String prefix) {
    for (Taxonomy.Value v : values) {
      String path = prefix + v.value();
      for (Taxonomy.Rule r : v.signals()) {
        CompiledRule rule =
            new CompiledRule(dim, path, phrases(r.near()), phrases(r.unless()), aside);
        for (String term : r.terms()) {
          add(byLowerToken, Phrase.of(term, false), rule);
        }
        for (String exact : r.exact()) {
          add(byExactToken, Phrase.of(exact, true), rule);
        }
        for (String re : r.regex()) {
          regexSignals.add(RegexSignal.of(re, rule));
        }
      }
      compile(dim, aside, v.children(), path + "/");
    }
  }

  private static void add(Map<String, List<Signal>> index, Phrase p, CompiledRule rule) {
    if (!p.isEmpty()) {
      index.computeIfAbsent(p.tokens()[0], k -> new ArrayList<>()).add(new Signal(p, rule));
    }
  }

  private static List<Phrase> phrases(List<String> texts) {
    return texts.stream().map(t -> Phrase.of(t, false)).filter(p -> !p.isEmpty()).toList();
  }

  @Override
  public Paper enrich(Paper paper) {
    Map<String, Hit> hits = new LinkedHashMap<>();
    String front =
        String.join(
            "\n\n",
            nonNull(paper.title(), paper.abstractText(), String.join("; ", paper.keywords())));
    // Each text is cut into tokens once, for the context check and the scan alike.
    Tokens frontTokens = Tokens.of(front);
    String body = paper.body() == null ? null : withoutReferences(paper.body());
    Tokens bodyTokens = body == null || body.isBlank() ? null : Tokens.of(body);
    if (!inContext(frontTokens, bodyTokens)) {
      return paper.withTopics(
          List.of()); // "fracture" in a paper on thrombosis is no pulverized anode
    }
    scan(frontTokens, true, hits);
    if (bodyTokens != null) {
      scan(bodyTokens, false, hits);
    }
    List<Topic> topics = new ArrayList<>();
    for (Hit h : hits.values()) {
      if (h.front || h.bodyCount >= taxonomy.bodyMinMentions()) {
        boolean hasMoreSpecific =
            hits.values().stream()
                .anyMatch(
                    o ->
                        o != h
                            && o.dimension.equals(h.dimension)
                            && o.path.startsWith(h.path + "/")
                            && (o.front || o.bodyCount >= taxonomy.bodyMinMentions()));
        if (!hasMoreSpecific) {
          topics.add(new Topic(h.dimension, h.path, h.evidence));
        }
      }
    }
    return paper.withTopics(topics);
  }

  /** Whether the paper names its field (the taxonomy's context words) in its front or its body. */
  private boolean inContext(Tokens front, Tokens body) {
    if (context.isEmpty()) {
      return true;
    }
    for (Tokens t : body == null ? List.of(front) : List.of(front, body)) {
      for (Phrase p : context) {
        if (p.occursIn(t, 0, t.size)) {
          return true;
        }
      }
    }
    return false;
  }

  private static final class Hit {
    final String dimension;
    final String path;
    String evidence;
    boolean front;
    int bodyCount;

    Hit(String dimension, String path) {
      this.dimension = dimension;
      this.path = path;
    }
  }

  /**
   * Whether a context phrase occurs in a sentence, each sentence and phrase looked at once per
   * text: a long text without sentence breaks (one sentence) would otherwise be walked again for
   * every signal.
   */
  private static final class Context {
    final Tokens tokens;
    final Map<Phrase, Map<Integer, Boolean>> seen = new java.util.IdentityHashMap<>();

    Context(Tokens tokens) {
      this.tokens = tokens;
    }

    boolean occurs(Phrase p, int token) {
      return seen.computeIfAbsent(p, k -> new HashMap<>())
          .computeIfAbsent(
              tokens.sentence[token],
              k -> p.occursIn(tokens, tokens.sentenceStart(token), tokens.sentenceEnd(token)));
    }
  }

  private void scan(Tokens t, boolean front, Map<String, Hit> hits) {
    String text = t.text;
    if (text.isBlank()) {
      return;
    }
    Context c = new Context(t);
    for (int i = 0; i < t.size; i++) {
      if ((i & 1023) == 0) {
        StageBudget.check();
      }
      for (Signal s : bySurfaceToken.getOrDefault(t.lower[i], List.of())) {
        match(c, i, s.phrase().matchAt(t, i), s.rule(), front, hits);
      }
      for (Signal s : byExactToken.getOrDefault(t.original[i], List.of())) {
        match(c, i, s.phrase().matchAt(t, i), s.rule(), front, hits);
      }
    }
    // A regex match must lie within one sentence; a regex that anchors with '^' (a sentence start)
    // runs sentence by sentence, the others once over the whole text, which is far cheaper.
    boolean[] exact = exactLiterals.mayMatch(text);
    boolean[] lower = lowerLiterals.mayMatch(text.toLowerCase(java.util.Locale.ROOT));
    for (int k = 0; k < regexSignals.size(); k++) {
      RegexSignal rs = regexSignals.get(k);
      if (!exact[k] || !lower[k]) {
        continue;
      }
      if (rs.anchored()) {
        for (int from = 0; from < t.size; from = t.sentenceEnd(from)) {
          find(
              rs,
              rs.pattern().matcher(text).region(t.start[from], t.end[t.sentenceEnd(from) - 1]),
              c,
              front,
              hits);
        }
      } else {
        find(rs, rs.pattern().matcher(text), c, front, hits);
      }
    }
  }

  private void find(RegexSignal rs, Matcher m, Context c, boolean front, Map<String, Hit> hits) {
    Tokens t = c.tokens;
    while (m.find()) {
      StageBudget.check();
      int i = t.tokenAt(m.start());
      // The token the match ends in: a match ending a sentence must not be judged by the next
      // sentence's token.
      int last = Math.max(i, t.tokenAtOrBefore(Math.max(m.start(), m.end() - 1)));
      last = Math.min(last, t.size - 1);
      if (i < t.size && t.sentence[i] == t.sentence[last] && accepted(c, i, last, rs.rule())) {
        record(rs.rule(), m.group(), front, hits);
      }
      if (m.end() == m.start()) {
        break;
      }
    }
  }

  private void match(
      Context c, int i, int length, CompiledRule rule, boolean front, Map<String, Hit> hits) {
    if (length > 0 && accepted(c, i, i + length - 1, rule)) {
      Tokens t = c.tokens;
      record(rule, t.text.substring(t.start[i], t.end[i + length - 1]), front, hits);
    }
  }

  /**
   * Whether a signal at tokens [first, last] counts: its rule's sentence context holds and no aside
   * word is by it.
   */
  private static boolean accepted(Context c, int first, int last, CompiledRule rule) {
    if (aside(c.tokens, first, last, rule.aside())) {
      return false;
    }
    for (Phrase u : rule.aside().sentence()) {
      if (c.occurs(u, first)) {
        return false;
      }
    }
    for (Phrase u : rule.unless()) {
      if (c.occurs(u, first)) {
        return false;
      }
    }
    if (rule.near().isEmpty()) {
      return true;
    }
    for (Phrase n : rule.near()) {
      if (c.occurs(n, first)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an aside word ends at most {@link Taxonomy.Aside#BEFORE} tokens before the signal or
   * starts at most {@link Taxonomy.Aside#AFTER} after it, with no clause break between ("unlike
   * conventional carbonate electrolytes", "LiPON-coated", "PEO as a binder").
   */
  private static boolean aside(Tokens t, int first, int last, AsidePhrases aside) {
    int sentence = t.sentenceStart(first);
    // "in" ends the look back too: "higher in LiClO4 than in LiPF6 electrolytes" compares the
    // paper's own tests
    for (int k = first - 1;
        k >= Math.max(sentence, first - 1 - Taxonomy.Aside.BEFORE)
            && !clauseBreak(t, k)
            && !t.lower[k].equals("in");
        k--) {
      for (Phrase p : aside.before()) {
        int n = p.tokens().length;
        if (k - n + 1 >= sentence && p.matchAt(t, k - n + 1) == n) {
          return true;
        }
      }
    }
    for (int k = last + 1;
        k < Math.min(t.sentenceEnd(last), last + 1 + Taxonomy.Aside.AFTER) && !clauseBreak(t, k);
        k++) {
      for (Phrase p : aside.after()) {
        if (p.matchAt(t, k) > 0) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean clauseBreak(Tokens t, int k) {
    String s = t.original[k];
    return s.equals(",") || s.equals(";") || s.equals(":");
  }

  private static void record(
      CompiledRule rule, String evidence, boolean front, Map<String, Hit> hits) {
    Hit h =
        hits.computeIfAbsent(
            rule.dimension() + "\u0000" + rule.path(), k -> new Hit(rule.dimension(), rule.path()));
    if (front) {
      if (!h.front) {
        h.evidence = evidence; // evidence from the title or abstract beats a mention in the body
      }
      h.front = true;
    } else {
      h.bodyCount++;
    }
    if (h.evidence == null) {
      h.evidence = evidence;
    }
  }

  private static String withoutReferences(String body) {
    Matcher m = REFERENCES.matcher(body);
    int cut = -1;
    while (m.find()) {
      cut = m.start();
    }
    return cut > body.length() / 2 ? body.substring(0, cut) : body;
  }

  private static List<String> nonNull(String... parts) {
    List<String> out = new ArrayList<>();
    for (String p : parts) {
      if (p != null && !p.isBlank()) {
        out.add(p);
      }
    }
    return out;
  }
}

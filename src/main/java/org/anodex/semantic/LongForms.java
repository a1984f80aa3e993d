package org.anodex.semantic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.anodex.index.analysis.DomainAnalysis;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The field's shorthand spelled out for the embedding model, which learnt English, not battery
 * notation: a query is embedded with the long form that {@code synonyms.txt} gives each
 * abbreviation or formula it uses ("SiO_x anode" as "SiO_x anode (silicon suboxide)", "LiPF6" as
 * "LiPF6 (lithium hexafluorophosphate)"). Entries are matched as the synonyms are, through the
 * domain analysis (so "SiOₓ" and "SiO x" are SiOx); the long form of a line is its first entry in
 * plain words.
 */
final class LongForms {
  private static final Pattern PLAIN_WORDS =
      Pattern.compile("[a-z][a-z-]*|[A-Za-z][A-Za-z-]*( [A-Za-z-]+)+");

  private record Line(List<List<String>> shorthands, String longForm) {}

  private final Analyzer analyzer = DomainAnalysis.synonymEntries(DomainAnalysis.Stemmer.KSTEM);
  private final List<Line> lines = new ArrayList<>();

  LongForms() {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                LongForms.class.getResourceAsStream(DomainAnalysis.SYNONYMS),
                StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        if (!line.isBlank() && !line.startsWith("#")) {
          read(line.replace("=>", ","));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void read(String line) {
    String longForm = null;
    List<List<String>> shorthands = new ArrayList<>();
    for (String entry : line.split(",")) {
      String e = entry.strip();
      if (PLAIN_WORDS.matcher(e).matches()) {
        longForm = longForm == null ? e : longForm;
      } else if (!e.isEmpty()) {
        shorthands.add(tokens(e));
      }
    }
    if (longForm != null && !shorthands.isEmpty()) {
      lines.add(new Line(shorthands, longForm));
    }
  }

  /**
   * {@code words} with the long forms of the shorthands it uses, in parentheses; as it was if none.
   */
  String spellOut(String words) {
    List<String> tokens = tokens(words);
    Set<String> longForms = new LinkedHashSet<>();
    for (Line line : lines) {
      for (List<String> shorthand : line.shorthands()) {
        if (Collections.indexOfSubList(tokens, shorthand) >= 0
            && !words.toLowerCase(Locale.ROOT).contains(line.longForm().toLowerCase(Locale.ROOT))) {
          longForms.add(line.longForm());
        }
      }
    }
    return longForms.isEmpty() ? words : words + " (" + String.join(", ", longForms) + ")";
  }

  private List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a string does not fail to be read
    }
    return out;
  }
}

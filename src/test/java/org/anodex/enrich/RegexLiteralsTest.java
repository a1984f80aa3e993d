package org.anodex.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anodex.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The literals a regex needs are in every one of its matches, so skipping texts without them
 * changes no tag.
 */
class RegexLiteralsTest {

  @Test
  void literalsOfTheShapesTheTaxonomyUses() {
    assertThat(RegexLiterals.of("(?<![A-Za-z0-9])(?:MoS2|WS2)(?![A-Za-z0-9])"))
        .containsExactly(Set.of("MoS2", "WS2"));
    assertThat(RegexLiterals.of("Li\\s?4\\s?Ti\\s?5\\s?O\\s?12"))
        .containsExactly(
            Set.of("Li"), Set.of("4"), Set.of("Ti"), Set.of("5"), Set.of("O"), Set.of("12"));
    assertThat(RegexLiterals.of("(?i)\\bsolid[-‐ ]electrolytes?\\b"))
        .containsExactly(
            Set.of(
                "solid-electrolytes",
                "solid-electrolyte",
                "solid‐electrolytes",
                "solid‐electrolyte",
                "solid electrolytes",
                "solid electrolyte"));
    assertThat(RegexLiterals.of("(?i)\\bPAA\\b")).containsExactly(Set.of("paa"));
    // What is not understood, or may be empty, needs nothing.
    assertThat(RegexLiterals.of("\\x41+|B")).isEmpty();
    assertThat(RegexLiterals.of("(?:Si)?x*")).isEmpty();
    assertThat(RegexLiterals.of("(?:Si)?[0-3]+")).containsExactly(Set.of("0", "1", "2", "3"));
    assertThat(RegexLiterals.of("(Li|Na)\\s?\\|\\s?\\1"))
        .containsExactly(Set.of("Li", "Na"), Set.of("|"));
  }

  @Test
  void everyMatchOfEveryTaxonomyRegexHoldsItsLiterals() throws Exception {
    List<String> texts = new ArrayList<>();
    for (Path corpus :
        List.of(
            Fixtures.sampleData().resolve("real-si-anodes.jsonl"),
            Path.of(
                System.getProperty("anodex.shared", "../shared"),
                "corpora/battery-abstracts/s2-battery-search.jsonl"))) {
      if (Files.exists(corpus)) {
        texts.addAll(Files.readAllLines(corpus));
      }
    }
    int matches = 0;
    for (String regex :
        regexes(
            Taxonomy.defaults().dimensions().stream().flatMap(d -> d.values().stream()).toList())) {
      List<Set<String>> needed = RegexLiterals.of(regex);
      boolean ignoreCase = regex.contains("(?i");
      Pattern p = Pattern.compile(regex);
      for (String text : texts) {
        Matcher m = p.matcher(text);
        while (m.find()) {
          String match = ignoreCase ? m.group().toLowerCase(Locale.ROOT) : m.group();
          for (Set<String> set : needed) {
            assertThat(set).as(regex + " matched " + m.group()).anyMatch(match::contains);
          }
          matches++;
        }
      }
    }
    assertThat(matches).isPositive();
  }

  private static List<String> regexes(List<Taxonomy.Value> values) {
    List<String> out = new ArrayList<>();
    for (Taxonomy.Value v : values) {
      v.signals().forEach(r -> out.addAll(r.regex()));
      out.addAll(regexes(v.children()));
    }
    return out;
  }
}

package org.anodex.enrich.properties;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The property table compiled: patterns compiled once (case-insensitive unless they say (?-i)). */
final class Rules {
  final PropertyConfig config;

  /** Symbols and alias spellings, longest first, each with the symbol it stands for. */
  final List<String[]> spellings = new ArrayList<>();

  final Map<String, Pattern> qualifiers = new LinkedHashMap<>();
  final List<Pattern> implicitPatterns = new ArrayList<>();
  final Pattern labels;
  final Pattern changes;
  final Pattern changeFrom;
  final Pattern perCycle;
  final Pattern theoretical;
  final Pattern cycles;
  final Pattern ordinalCycles;
  final List<CompiledCue> percentAfter = new ArrayList<>();
  final List<CompiledCue> percentBefore = new ArrayList<>();
  final Pattern initialSentence;
  final Pattern initialUnless;
  final Pattern sizePositive;
  final Pattern sizeNegative;
  final Pattern conductivityWord;
  final Pattern electronic;
  final Pattern ionic;

  final List<NotMeasurement> notMeasurements = new ArrayList<>();

  /**
   * Section label (or "none") -> a heading alone, and a heading glued to the start of a sentence.
   */
  final Map<String, Pattern[]> headings = new LinkedHashMap<>();

  final Map<String, Pattern> cells = new LinkedHashMap<>();
  final Map<String, Pattern> materials = new LinkedHashMap<>();
  final Pattern electrode;
  final Pattern cell;
  final Pattern genericCell;
  final Pattern counterpart;
  final Pattern of;
  final Pattern samePhrase;

  /**
   * Which of {@link #materials} (in order), {@link #electrode}, {@link #cell} and {@link #cells}
   * (in order) may match a sentence.
   */
  final Prefilter named;

  record CompiledCue(String property, Pattern pattern) {}

  record NotMeasurement(String property, int beforeChars, Pattern before, Pattern after) {}

  Rules(PropertyConfig c) {
    this.config = c;
    for (String s : c.symbols()) {
      spellings.add(new String[] {s, s});
    }
    c.aliases().forEach((alias, symbol) -> spellings.add(new String[] {alias, symbol}));
    spellings.sort(Comparator.comparingInt((String[] s) -> -s[0].length()));
    c.qualifiers().forEach((symbol, regex) -> qualifiers.put(symbol, ci(regex + " ?$")));
    for (PropertyConfig.Implicit i : c.implicitUnits()) {
      implicitPatterns.add(ci(i.pattern()));
    }
    labels = ci(c.labels());
    changes = ci(c.changes());
    changeFrom = ci(c.changeFrom());
    perCycle = ci(c.perCycle());
    theoretical = ci(c.theoretical());
    StringBuilder connectors = new StringBuilder();
    for (String w : c.cycleConnectors()) {
      connectors.append(connectors.length() == 0 ? "" : "|").append(Pattern.quote(w));
    }
    // "500 cycles", "1,000 charge/discharge cycles", "a 1000-cycle test"; at most four connector
    // words.
    cycles = ci("^[ -]?(?:(?:" + connectors + ")[ /-]*){0,4}cycles?\\b");
    ordinalCycles = ci(c.ordinalCycleFollowers());
    for (PropertyConfig.Cue cue : c.percent().after()) {
      percentAfter.add(new CompiledCue(cue.property(), ci(cue.pattern())));
    }
    for (PropertyConfig.Cue cue : c.percent().before()) {
      percentBefore.add(new CompiledCue(cue.property(), ci(cue.pattern())));
    }
    initialSentence = ci(c.percent().initialSentence());
    initialUnless = ci(c.percent().initialUnless());
    sizePositive = ci(c.size().positive());
    sizeNegative = ci(c.size().negative());
    conductivityWord = ci(c.conductivity().word());
    electronic = ci(c.conductivity().electronic());
    ionic = ci(c.conductivity().ionic());
    for (PropertyConfig.NotMeasurement n : c.notMeasurements()) {
      notMeasurements.add(
          new NotMeasurement(n.property(), n.beforeChars(), ci(n.before()), ci(n.after())));
    }
    String numbering = c.sections().numbering();
    c.sections()
        .headings()
        .forEach(
            (label, words) ->
                headings.put(
                    label,
                    new Pattern[] {
                      ci("^\\s*" + numbering + words + "[.:]?\\s*$"),
                      // Glued: the heading, then a capital or digit starts the sentence ("Results
                      // and discussion The ...").
                      Pattern.compile(
                          "^\\s*"
                              + numbering
                              + "(?i:"
                              + words
                              + ")(?:[.:]? +|: *)(?=[\\p{Lu}\\d(])",
                          Pattern.UNICODE_CASE)
                    }));
    c.cells().forEach((kind, regex) -> cells.put(kind, ci(regex)));
    c.describes().materials().forEach((label, regex) -> materials.put(label, ci(regex)));
    electrode = ci(c.describes().electrode());
    cell = ci(c.describes().cell());
    genericCell = ci(c.describes().genericCell());
    counterpart = ci(c.describes().counterpart());
    of = ci(c.describes().of());
    samePhrase = ci(c.describes().samePhrase());
    List<String> namedRegexes = new ArrayList<>(c.describes().materials().values());
    namedRegexes.add(c.describes().electrode());
    namedRegexes.add(c.describes().cell());
    namedRegexes.addAll(c.cells().values());
    named = new Prefilter(namedRegexes);
  }

  static Pattern ci(String regex) {
    return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  PropertyConfig.UnitDef unit(String canonical) {
    return config.units().get(canonical);
  }

  String implicitUnit(int i) {
    return config.implicitUnits().get(i).unit();
  }
}

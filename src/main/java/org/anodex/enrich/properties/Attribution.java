package org.anodex.enrich.properties;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the values of one sentence describe and the cell they were measured in, from the words of
 * {@code properties.yaml} ({@code describes}, {@code cells}): only where the sentence names them,
 * null otherwise. Things named in the sentence (materials, electrodes, cells) are found once per
 * sentence; a value takes the material named right after it with "of"/"for", else the nearest thing
 * named before it. See the YAML for the rules in words.
 */
final class Attribution {
  static final String ELECTRODE = "electrode";
  static final String CELL = "cell";

  /** A cue before a value counts as this many characters farther than one after it. */
  private static final int BEFORE_PENALTY = 10;

  /** A thing named in the sentence: its label, where, and whether it is a counter electrode. */
  private record Mention(String label, int start, int end, boolean counterpart) {}

  private record Cue(String cell, int start, int end) {}

  private final Rules rules;
  private final String t;
  private final List<Mention> mentions = new ArrayList<>();
  private final List<Cue> cues = new ArrayList<>();

  /** The things named and the cell cues of sentence [from, to) of normalized text {@code t}. */
  Attribution(Rules rules, String t, int from, int to) {
    this.rules = rules;
    this.t = t;
    boolean[] may = rules.named.mayMatch(t, from, to); // materials, electrode, cell, cells
    int k = 0;
    List<Mention> materials = new ArrayList<>();
    for (Map.Entry<String, Pattern> e : rules.materials.entrySet()) {
      if (!may[k++]) {
        continue;
      }
      Matcher m = e.getValue().matcher(t).region(from, to);
      while (m.find()) {
        materials.add(new Mention(e.getKey(), m.start(), m.end(), counterpart(from, m.start())));
      }
    }
    // At one place the longest match wins, and the first pattern among equals (the YAML's order).
    materials.sort(
        Comparator.comparingInt(Mention::start).thenComparingInt(m -> -(m.end() - m.start())));
    for (Mention m : materials) {
      if (mentions.isEmpty() || m.start() >= mentions.get(mentions.size() - 1).end()) {
        mentions.add(m);
      }
    }
    Matcher e = rules.electrode.matcher(t).region(from, to);
    while (may[k] && e.find()) {
      mentions.add(electrode(e.start(), e.end(), from));
    }
    Matcher c = rules.cell.matcher(t).region(from, to).useTransparentBounds(true);
    while (may[k + 1] && c.find()) {
      if (!rules.genericCell.matcher(t).region(Math.max(from, c.start() - 60), c.start()).find()) {
        mentions.add(new Mention(CELL, c.start(), c.end(), false));
      }
    }
    mentions.sort(Comparator.comparingInt(Mention::end));
    k += 2;
    for (Map.Entry<String, Pattern> cell : rules.cells.entrySet()) {
      if (!may[k++]) {
        continue;
      }
      Matcher m = cell.getValue().matcher(t).region(from, to).useTransparentBounds(true);
      while (m.find()) {
        cues.add(new Cue(cell.getKey(), m.start(), m.end()));
      }
    }
  }

  /** What the value {@code q} describes, or null where the sentence does not say. */
  String describes(Quantity q) {
    Matcher of = rules.of.matcher(t).region(q.end(), t.length());
    if (of.lookingAt()) {
      for (Mention m : mentions) {
        if (m.start() == of.end() && !m.label().equals(CELL)) {
          return m.counterpart() ? null : m.label();
        }
      }
    }
    Mention nearest = null;
    for (Mention m : mentions) {
      if (m.end() <= q.qualifierStart() && !m.counterpart()) {
        nearest = m;
      }
    }
    return nearest == null ? null : nearest.label();
  }

  /** "half" or "full" from the cue nearest the value, or null where the sentence names neither. */
  String cell(Quantity q) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Cue c : cues) {
      int d =
          c.start() >= q.end()
              ? c.start() - q.end()
              : c.end() <= q.qualifierStart() ? q.qualifierStart() - c.end() + BEFORE_PENALTY : 0;
      if (d < bestDistance) {
        bestDistance = d;
        best = c.cell();
      }
    }
    return best;
  }

  /**
   * An electrode named with its material just before it ("the porous Si anode") is that material.
   */
  private Mention electrode(int start, int end, int from) {
    Mention material = null;
    for (Mention m : mentions) {
      if (m.end() <= start && rules.samePhrase.matcher(t).region(m.end(), start).matches()) {
        material = m;
      }
    }
    if (material != null) {
      return new Mention(material.label(), start, end, material.counterpart());
    }
    return new Mention(ELECTRODE, start, end, counterpart(from, start));
  }

  private boolean counterpart(int from, int start) {
    return rules
        .counterpart
        .matcher(t)
        .useTransparentBounds(true)
        .region(Math.max(from, start - 60), start)
        .find();
  }
}

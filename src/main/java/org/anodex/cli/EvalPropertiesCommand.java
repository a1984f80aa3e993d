package org.anodex.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.anodex.enrich.properties.PropertyConfig;
import org.anodex.enrich.properties.PropertyExtractor;
import org.anodex.eval.Tally;
import org.anodex.eval.properties.AttributionSet;
import org.anodex.eval.properties.DevSet;
import org.anodex.eval.properties.PeerSet;
import org.anodex.eval.properties.Thresholds;
import org.anodex.paper.Property;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "eval-properties",
    mixinStandardHelpOptions = true,
    description = {
      "Measures numeric property extraction against the peer set and hand labels.",
      "Recall per file of the peer set (SHARED/corpora/extraction/batterydataextractor-eval) and precision and recall per property on the",
      "hand-labelled dev set (papers read from SHARED/corpora/battery-abstracts), and the share of values",
      "attributed right (what they describe, their cell, section and cycle count) on the attribution set.",
      "Exit status 1 when --thresholds is given and a figure falls below it."
    })
final class EvalPropertiesCommand implements Callable<Integer> {
  @Option(
      names = "--shared",
      paramLabel = "DIR",
      description = "the shared data folder (default: ../shared)")
  Path shared = Path.of("../shared");

  @Option(
      names = "--dev",
      paramLabel = "FILE",
      split = ",",
      description = {
        "hand-labelled sets to score, each reported apart (default: the dev set and the held-out",
        "set, src/test/resources/eval/properties-dev.yaml,src/test/resources/eval/properties-holdout.yaml);",
        "--thresholds applies to the first"
      })
  List<Path> dev =
      List.of(
          Path.of("src/test/resources/eval/properties-dev.yaml"),
          Path.of("src/test/resources/eval/properties-holdout.yaml"));

  @Option(
      names = "--attribution",
      paramLabel = "FILE",
      split = ",",
      description = {
        "labelled values whose attribution (what they describe, cell, section, cycle count) is scored,",
        "each set apart (default: src/test/resources/eval/attribution.yaml,src/test/resources/eval/attribution-corpus.yaml);",
        "--thresholds applies to the first"
      })
  List<Path> attribution =
      List.of(
          Path.of("src/test/resources/eval/attribution.yaml"),
          Path.of("src/test/resources/eval/attribution-corpus.yaml"));

  @Option(
      names = "--properties",
      paramLabel = "FILE",
      description = "property table YAML (default: $ANODEX_PROPERTIES, else the built-in one)")
  Path properties;

  @Option(
      names = "--thresholds",
      paramLabel = "FILE",
      description = "minimum figures (property-thresholds.yaml)")
  Path thresholds;

  @Option(names = "--details", description = "list every missed row or value and every wrong value")
  boolean details;

  @Override
  public Integer call() throws Exception {
    PropertyExtractor extractor = new PropertyExtractor(PropertyConfig.fromFileOrEnv(properties));
    Path corpora = shared.resolve("corpora");
    PrintStream out = System.out;
    List<PeerSet.FileResult> peer =
        PeerSet.evaluate(corpora.resolve("extraction/batterydataextractor-eval"), extractor);
    printPeer(out, peer);
    DevSet.Result devResult = null;
    for (Path labels : dev) {
      if (!Files.isRegularFile(labels)) {
        out.printf(
            Locale.ROOT,
            "%nLabels %s not found (run from the repository root or pass --dev)%n",
            labels);
        continue;
      }
      DevSet.Result r = DevSet.evaluate(labels, corpora.resolve("battery-abstracts"), extractor);
      devResult = devResult == null && labels.equals(dev.get(0)) ? r : devResult;
      printDev(out, labels, r);
    }
    AttributionSet.Result attributed = null;
    for (Path labels : attribution) {
      if (!Files.isRegularFile(labels)) {
        out.printf(
            Locale.ROOT,
            "%nAttribution labels %s not found (run from the repository root or pass --attribution)%n",
            labels);
        continue;
      }
      AttributionSet.Result r =
          AttributionSet.evaluate(labels, corpora.resolve("battery-abstracts"), extractor);
      attributed = attributed == null && labels.equals(attribution.get(0)) ? r : attributed;
      printAttribution(out, labels, r);
    }
    if (thresholds != null) {
      List<String> failures = Thresholds.load(thresholds).failures(peer, devResult, attributed);
      out.println();
      failures.forEach(f -> out.println("BELOW THRESHOLD: " + f));
      out.println(failures.isEmpty() ? "All thresholds of " + thresholds + " hold." : "");
      return failures.isEmpty() ? 0 : 1;
    }
    return 0;
  }

  private void printPeer(PrintStream out, List<PeerSet.FileResult> peer) {
    out.println(
        "Peer set (batterydataextractor-eval): a row is found when all its gold values are extracted");
    out.println("from its sentence under the file's property; precision is not measured there.");
    out.printf(
        Locale.ROOT, "%-26s %-48s %5s %6s %7s%n", "file", "property", "rows", "found", "recall");
    for (PeerSet.FileResult r : peer) {
      out.printf(
          Locale.ROOT,
          "%-26s %-48s %5d %6d %7.3f%n",
          r.spec().file(),
          String.join(" | ", r.spec().properties().stream().sorted().toList()),
          r.rows(),
          r.found(),
          r.recall());
    }
    if (details) {
      for (PeerSet.FileResult r : peer) {
        for (PeerSet.Row row : r.missed()) {
          out.printf(
              Locale.ROOT,
              "%n  MISSED %s %s gold=%s%n    %s%n    extracted: %s%n",
              r.spec().file(),
              row.doi(),
              row.gold(),
              row.text(),
              brief(row.extracted()));
        }
      }
    }
  }

  private void printDev(PrintStream out, Path labels, DevSet.Result r) {
    out.printf(
        Locale.ROOT,
        "%nHand labels %s (%d papers), compared per paper as sets%n",
        labels,
        r.papers().size());
    out.printf(
        Locale.ROOT,
        "%-30s %6s %10s %8s %10s %7s%n",
        "property",
        "gold",
        "extracted",
        "correct",
        "precision",
        "recall");
    for (Map.Entry<String, Tally> e : r.byProperty().entrySet()) {
      printRow(out, e.getKey(), e.getValue());
    }
    printRow(out, "all", r.all());
    if (details) {
      for (DevSet.PaperResult p : r.papers()) {
        if (!p.missed().isEmpty() || !p.wrong().isEmpty()) {
          out.printf(Locale.ROOT, "%n  %s%n", p.doi());
          p.missed().forEach(m -> out.println("    MISSED " + m));
          p.wrong()
              .forEach(
                  w -> out.println("    WRONG  " + brief(List.of(w)) + "  <- " + w.evidence()));
        }
      }
    }
  }

  private void printAttribution(PrintStream out, Path labels, AttributionSet.Result r) {
    out.printf(
        Locale.ROOT,
        "%nAttribution %s (%d labelled values): the share of checks right%n",
        labels,
        r.values());
    out.printf(Locale.ROOT, "%-30s %8s %8s %7s%n", "key", "checked", "right", "share");
    r.byKey()
        .forEach(
            (k, s) ->
                out.printf(
                    Locale.ROOT, "%-30s %8d %8d %7.3f%n", k, s.checked(), s.correct(), s.share()));
    out.printf(
        Locale.ROOT,
        "%-30s %8d %8d %7.3f%n",
        "all",
        r.all().checked(),
        r.all().correct(),
        r.all().share());
    out.printf(Locale.ROOT, "values extracted that are no battery measurement: %d%n", r.absent());
    if (details) {
      for (AttributionSet.Miss m : r.misses()) {
        out.printf(
            Locale.ROOT,
            "%n  %s %s: %s wanted %s, found %s%n    %s%n",
            m.text(),
            m.line(),
            m.key(),
            m.expected(),
            m.found(),
            m.evidence() == null ? "(no evidence)" : m.evidence());
      }
    }
  }

  private static void printRow(PrintStream out, String name, Tally t) {
    out.printf(
        Locale.ROOT,
        "%-30s %6d %10d %8d %10.3f %7.3f%n",
        name,
        t.gold(),
        t.extracted(),
        t.correct(),
        t.precision(),
        t.recall());
  }

  private static String brief(List<Property> ps) {
    StringBuilder b = new StringBuilder();
    for (Property p : ps) {
      b.append(b.length() == 0 ? "" : "; ")
          .append(p.name())
          .append(' ')
          .append(p.value())
          .append(p.max() == null ? "" : ".." + p.max())
          .append(' ')
          .append(p.unit())
          .append(" [")
          .append(p.raw())
          .append(']');
    }
    return b.length() == 0 ? "(nothing)" : b.toString();
  }
}

package org.anodex.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.anodex.enrich.Taxonomy;
import org.anodex.enrich.TopicTagger;
import org.anodex.eval.TagEvaluation;
import org.anodex.eval.TagThresholds;
import org.anodex.eval.Tally;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "eval-tags",
    mixinStandardHelpOptions = true,
    description = {
      "Measures topic tagging against hand labels.",
      "Precision and recall per dimension (micro-averaged; values compared as full paths, a value's parents",
      "counted on both sides), every false positive with the phrase that signalled",
      "it, and every false negative. Papers are read by DOI from --corpus.",
      "Exit status 1 when --thresholds is given and a figure of the first set falls",
      "below it."
    })
final class EvalTagsCommand implements Callable<Integer> {
  @Option(
      names = "--dev",
      paramLabel = "FILE",
      split = ",",
      description =
          "labelled sets to score, each reported apart (default: the dev set, the team's written "
              + "cases and the held-out set, src/test/resources/eval/tags-dev.yaml,"
              + "src/test/resources/eval/tags-cases.yaml,src/test/resources/eval/tags-holdout.yaml); "
              + "--thresholds applies to the first")
  List<Path> dev =
      List.of(
          Path.of("src/test/resources/eval/tags-dev.yaml"),
          Path.of("src/test/resources/eval/tags-cases.yaml"),
          Path.of("src/test/resources/eval/tags-holdout.yaml"));

  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      description = "JSON Lines records the labels name by DOI (default: ${DEFAULT-VALUE})")
  Path corpus = Path.of("../shared/corpora/battery-abstracts");

  @Option(
      names = "--taxonomy",
      paramLabel = "FILE",
      description = "taxonomy YAML (default: $ANODEX_TAXONOMY, else the built-in one)")
  Path taxonomy;

  @Option(
      names = "--thresholds",
      paramLabel = "FILE",
      description = "minimum figures (tag-thresholds.yaml)")
  Path thresholds;

  @Option(
      names = "--summary",
      description = "print the figures only, not the false positives and negatives")
  boolean summary;

  @Override
  public Integer call() throws Exception {
    TopicTagger tagger = new TopicTagger(Taxonomy.fromFileOrEnv(taxonomy));
    PrintStream out = System.out;
    TagEvaluation.Result first = null;
    for (Path labels : dev) {
      if (!Files.isRegularFile(labels)) {
        throw new IllegalArgumentException(
            "labels " + labels + " not found (run from the repository root or pass --dev)");
      }
      TagEvaluation.Result r = TagEvaluation.evaluate(labels, corpus, tagger);
      first = first == null ? r : first;
      print(out, labels, r);
    }
    if (thresholds != null && first != null) {
      List<String> failures = TagThresholds.load(thresholds).failures(first);
      out.println();
      failures.forEach(f -> out.println("BELOW THRESHOLD: " + f));
      out.println(failures.isEmpty() ? "All thresholds of " + thresholds + " hold." : "");
      return failures.isEmpty() ? 0 : 1;
    }
    return 0;
  }

  private void print(PrintStream out, Path labels, TagEvaluation.Result r) {
    out.printf(
        Locale.ROOT,
        "%nHand labels %s (%d papers): values as full paths, parents counted on both sides%n",
        labels,
        r.papers().size());
    out.printf(
        Locale.ROOT,
        "%-18s %7s %6s %7s %8s %10s %7s%n",
        "dimension",
        "papers",
        "gold",
        "tagged",
        "correct",
        "precision",
        "recall");
    for (Map.Entry<String, Tally> e : r.byDimension().entrySet()) {
      int papers = r.labelledPapers().get(e.getKey());
      if (papers > 0) {
        row(out, e.getKey(), papers, e.getValue());
      }
    }
    row(out, "all", r.papers().size(), r.all());
    if (summary) {
      return;
    }
    for (TagEvaluation.PaperResult p : r.papers()) {
      if (!p.falsePositives().isEmpty() || !p.falseNegatives().isEmpty()) {
        out.printf(Locale.ROOT, "%n  %s  %s%n", p.doi(), brief(p.title()));
        p.falsePositives().forEach(e -> out.println("    FP " + e));
        p.falseNegatives().forEach(e -> out.println("    FN " + e));
      }
    }
  }

  private static void row(PrintStream out, String name, int papers, Tally t) {
    out.printf(
        Locale.ROOT,
        "%-18s %7d %6d %7d %8d %10.3f %7.3f%n",
        name,
        papers,
        t.gold(),
        t.extracted(),
        t.correct(),
        t.precision(),
        t.recall());
  }

  private static String brief(String title) {
    return title == null ? "" : title.length() <= 90 ? title : title.substring(0, 87) + "...";
  }
}

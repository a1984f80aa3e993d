package org.anodex.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.anodex.enrich.Taxonomy;
import org.anodex.enrich.TopicTagger;
import org.anodex.paper.Dois;
import org.anodex.paper.Paper;
import org.anodex.paper.Topic;

/**
 * Topic tagging measured against hand labels ({@code tags-dev.yaml}: papers by DOI, expected values
 * per dimension, no abstract text), the papers read from a corpus folder at run time. Values are
 * compared as full paths, and a value's parents count on both sides: a label {@code
 * silicon/micro-Si} is the two values {@code silicon} and {@code silicon/micro-Si}, so a paper
 * tagged {@code silicon/nano-Si} instead scores one correct value ({@code silicon}), one false
 * positive and one false negative. Only the dimensions a paper is labelled with are scored on it;
 * an empty list is a label ("none applies") whose every tag is a false positive. A paper may
 * instead be written out in the labels file ({@code title} and {@code abstract} with a made-up
 * DOI): the team's own sentences for cases the corpus draw did not bring.
 */
public final class TagEvaluation {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /**
   * The keys of a label that are no dimension: the DOI, and the text of a paper written out in the
   * file.
   */
  private static final Set<String> WRITTEN = Set.of("doi", "title", "abstract");

  /**
   * One labelled paper: expected paths by dimension (only the labelled dimensions are keys), and
   * the paper itself where the labels file writes it out (else null: it is read from the corpus by
   * DOI).
   */
  public record Label(String doi, Map<String, Set<String>> expected, Paper written) {}

  /**
   * A value tagged but not labelled (with the phrase that signalled it), or labelled but not
   * tagged.
   */
  public record Error(String dimension, String value, String evidence) {
    @Override
    public String toString() {
      return dimension + ":" + value + (evidence == null ? "" : "  <- \"" + evidence + "\"");
    }
  }

  public record PaperResult(
      String doi, String title, List<Error> falsePositives, List<Error> falseNegatives) {}

  /**
   * Counts per dimension (in taxonomy order) and over all, with how many papers were labelled in
   * each dimension, and every paper's errors.
   */
  public record Result(
      Map<String, Tally> byDimension,
      Map<String, Integer> labelledPapers,
      Tally all,
      List<PaperResult> papers) {}

  private TagEvaluation() {}

  public static Result evaluate(Path labelsFile, Path corpusDir, TopicTagger tagger)
      throws IOException {
    Taxonomy taxonomy = tagger.taxonomy();
    List<Label> labels = load(labelsFile, taxonomy);
    Map<String, Paper> corpus =
        labels.stream().allMatch(l -> l.written() != null)
            ? Map.of()
            : CorpusPapers.byDoi(corpusDir);
    Map<String, Tally> byDimension = new LinkedHashMap<>();
    Map<String, Integer> labelled = new LinkedHashMap<>();
    for (String key : taxonomy.dimensionKeys()) {
      byDimension.put(key, Tally.ZERO);
      labelled.put(key, 0);
    }
    List<PaperResult> results = new ArrayList<>();
    for (Label label : labels) {
      Paper paper =
          label.written() != null ? label.written() : corpus.get(Dois.normalize(label.doi()));
      if (paper == null) {
        throw new IOException(
            labelsFile + ": no paper with DOI " + label.doi() + " in " + corpusDir);
      }
      List<Topic> topics = tagger.enrich(paper).topics();
      List<Error> fp = new ArrayList<>();
      List<Error> fn = new ArrayList<>();
      for (Map.Entry<String, Set<String>> e : label.expected().entrySet()) {
        String dim = e.getKey();
        List<Topic> tagged = topics.stream().filter(t -> t.dimension().equals(dim)).toList();
        Set<String> gold = withParents(e.getValue());
        Set<String> got = withParents(tagged.stream().map(Topic::value).toList());
        int correct = (int) gold.stream().filter(got::contains).count();
        byDimension.merge(dim, new Tally(gold.size(), got.size(), correct), Tally::plus);
        labelled.merge(dim, 1, Integer::sum);
        for (String v : mostSpecific(minus(got, gold))) {
          fp.add(new Error(dim, v, evidence(tagged, v)));
        }
        for (String v : mostSpecific(minus(gold, got))) {
          fn.add(new Error(dim, v, null));
        }
      }
      results.add(new PaperResult(label.doi(), paper.title(), fp, fn));
    }
    Tally all = byDimension.values().stream().reduce(Tally.ZERO, Tally::plus);
    return new Result(byDimension, labelled, all, results);
  }

  /** Reads and checks a labels file: every dimension and value must exist in the taxonomy. */
  public static List<Label> load(Path file, Taxonomy taxonomy) throws IOException {
    JsonNode root = YAML.readTree(file.toFile());
    JsonNode papers = root == null ? null : root.get("papers");
    if (papers == null || !papers.isArray()) {
      throw new IOException(file + ": expected a list under 'papers'");
    }
    List<Label> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (JsonNode p : papers) {
      String doi = p.path("doi").asText(null);
      if (doi == null || doi.isBlank() || !seen.add(Dois.normalize(doi))) {
        throw new IOException(file + ": a paper without a DOI, or a DOI listed twice: " + doi);
      }
      Map<String, Set<String>> expected = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = p.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> f = it.next();
        if (WRITTEN.contains(f.getKey())) {
          continue;
        }
        Taxonomy.Dimension dim = taxonomy.dimension(f.getKey());
        if (dim == null || !f.getValue().isArray()) {
          throw new IOException(
              file
                  + ": "
                  + doi
                  + ": '"
                  + f.getKey()
                  + "' is not a taxonomy dimension with a list of values");
        }
        List<String> paths = dim.paths();
        Set<String> values = new LinkedHashSet<>();
        for (JsonNode v : f.getValue()) {
          if (!paths.contains(v.asText())) {
            throw new IOException(
                file + ": " + doi + ": '" + v.asText() + "' is no value of " + dim.key());
          }
          values.add(v.asText());
        }
        expected.put(dim.key(), values);
      }
      Paper written =
          p.has("title") || p.has("abstract")
              ? Paper.builder()
                  .doi(doi)
                  .title(p.path("title").asText(null))
                  .abstractText(p.path("abstract").asText(null))
                  .build(doi)
              : null;
      out.add(new Label(doi, expected, written));
    }
    return out;
  }

  /** The paths with every parent path: {@code silicon/micro-Si} gives {@code silicon} too. */
  static Set<String> withParents(Collection<String> paths) {
    Set<String> out = new TreeSet<>();
    for (String p : paths) {
      for (int i = p.indexOf('/'); i >= 0; i = p.indexOf('/', i + 1)) {
        out.add(p.substring(0, i));
      }
      out.add(p);
    }
    return out;
  }

  private static Set<String> minus(Set<String> a, Set<String> b) {
    Set<String> out = new TreeSet<>(a);
    out.removeAll(b);
    return out;
  }

  /** Errors are listed at their most specific path; their parents are counted but not repeated. */
  private static List<String> mostSpecific(Set<String> paths) {
    return paths.stream()
        .filter(p -> paths.stream().noneMatch(o -> o.startsWith(p + "/")))
        .toList();
  }

  private static String evidence(List<Topic> tagged, String path) {
    return tagged.stream()
        .filter(t -> t.value().equals(path) || t.value().startsWith(path + "/"))
        .map(Topic::evidence)
        .findFirst()
        .orElse(null);
  }
}

package org.anodex.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.anodex.enrich.Taxonomy;
import org.anodex.eval.EvalIndex;
import org.anodex.eval.EvalQueries;
import org.anodex.eval.Qrels;
import org.anodex.eval.RankingEvaluation;
import org.anodex.eval.Run;
import org.anodex.index.MinimumMatch;
import org.anodex.index.Ranking;
import org.anodex.index.Schema;
import org.anodex.search.LuceneSearcher;
import org.anodex.search.SearchRequest;
import org.anodex.semantic.Embedder;
import org.anodex.semantic.MiniLmEmbedder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "eval-ranking",
    mixinStandardHelpOptions = true,
    description = {
      "Measures ranking on a judged collection (nDCG@10, Recall@100, MRR@10).",
      "Ingests it into a fresh temporary index, runs every",
      "judged query through the API's search path (as plain text), writes a TREC run file and prints",
      "nDCG@10, Recall@100 and MRR@10 (trec_eval semantics).",
      "Example: anodex eval-ranking --corpus ../shared/corpora/scifact --split test"
    })
final class EvalRankingCommand implements Callable<Integer> {
  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      required = true,
      description =
          "a BEIR folder (corpus.jsonl is ingested) or any folder or file that 'ingest' reads")
  Path corpus;

  @Option(
      names = "--queries",
      paramLabel = "FILE",
      description = "queries, JSON Lines of _id and text (default: DIR/queries.jsonl)")
  Path queries;

  @Option(
      names = "--qrels",
      paramLabel = "FILE",
      description = "judgments, BEIR TSV or TREC qrels (default: DIR/qrels/SPLIT.tsv)")
  Path qrels;

  @Option(
      names = "--split",
      description =
          "the BEIR split whose qrels to use by default: test or train (default: ${DEFAULT-VALUE})")
  String split = "test";

  @Option(names = "--run", paramLabel = "FILE", description = "where to write the TREC run file")
  Path runFile;

  @Option(
      names = "--ranking",
      paramLabel = "FILE",
      description = "field weights and model to measure instead of the built-in ranking.yaml")
  Path ranking;

  @Option(
      names = "--rank",
      description =
          "hybrid (words and meaning) or words (the words alone) (default: ${DEFAULT-VALUE})")
  String rank = SearchRequest.HYBRID;

  @Option(
      names = "--window",
      split = ",",
      paramLabel = "N",
      description =
          "re-ranking windows to measure, e.g. 50,100,200 (default: ranking.yaml's semantic.window)")
  List<Integer> windows = List.of();

  @Option(
      names = "--match",
      split = ";",
      paramLabel = "SPEC",
      description =
          "minimum numbers of a query's words to match to measure, ';'-separated, e.g. '1;2<75%%;3<50%%'"
              + " (default: ranking.yaml's minimum_should_match)")
  List<String> matches = List.of();

  @Option(names = "--threads", description = "ingestion threads (default: the number of cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws Exception {
    if (!split.equals("test") && !split.equals("train")) {
      throw new IllegalArgumentException("--split must be test or train, was '" + split + "'");
    }
    Path queryFile = queries != null ? queries : corpus.resolve("queries.jsonl");
    Path qrelsFile = qrels != null ? qrels : corpus.resolve("qrels").resolve(split + ".tsv");
    for (Path p : new Path[] {corpus, queryFile, qrelsFile}) {
      if (!Files.exists(p)) {
        throw new IllegalArgumentException("no such file or folder: " + p);
      }
    }
    Qrels judged = Qrels.read(qrelsFile);
    Map<String, String> texts = EvalQueries.read(queryFile);
    Taxonomy taxonomy = Taxonomy.defaults();
    Embedder embedder = new MiniLmEmbedder();
    Schema schema =
        new Schema(
            taxonomy.dimensionKeys(), ranking == null ? Ranking.defaults() : Ranking.read(ranking));
    try (EvalIndex index = EvalIndex.build(corpus, schema, taxonomy, embedder, threads)) {
      System.out.print(index.summary().toText());
      Ranking configured = schema.ranking();
      for (String match : matches.isEmpty() ? List.of(configured.match().spec()) : matches) {
        for (int window : windows.isEmpty() ? List.of(configured.semantic().window()) : windows) {
          long t0 = System.nanoTime();
          Ranking measured =
              configured
                  .with(configured.semantic().withWindow(window))
                  .with(new MinimumMatch(match));
          Run run =
              RankingEvaluation.run(
                  new LuceneSearcher(index.index(), taxonomy, measured, embedder),
                  texts,
                  judged.scoredQueries(),
                  rank);
          long ms = (System.nanoTime() - t0) / 1_000_000;
          if (runFile != null) {
            run.write(runFile, "anodex");
            System.out.println("run file: " + runFile);
          }
          RankingEvaluation.Report r = RankingEvaluation.score(run, judged);
          System.out.printf(
              Locale.ROOT,
              "%s (%d judgments), rank %s, window %d, minimum_should_match %s, searched in %d ms%n",
              qrelsFile,
              judged.judgments(),
              rank,
              window,
              match,
              ms);
          System.out.print(r.toText());
        }
      }
    }
    return 0;
  }
}

package org.anodex.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.anodex.Fixtures;
import org.anodex.paper.Paper;
import org.anodex.source.JsonRecordSource;
import org.anodex.source.PaperSink;
import org.anodex.source.RecordFields;
import org.anodex.source.SourceFile;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;

/**
 * The front matter's fields, analysed once and replayed, index exactly the tokens their analyzers
 * give.
 */
class FrontTokensTest {
  private static final List<String> FIELDS =
      List.of(
          Schema.TITLE, Schema.ABSTRACT, Schema.KEYWORDS, Schema.CONTENTS, Schema.CONTENTS_PORTER);

  @Test
  void everyFieldHoldsTheTermsPositionsAndOffsetsOfItsAnalyzer() throws IOException {
    List<Paper> papers = new ArrayList<>();
    papers.add(
        Paper.builder()
            .title("Si/C and SiO x /C composites: LiPF 6 in EC/DMC")
            .abstractText("Al 2 O 3 on Si-C.\nThe binder's role.")
            .keyword("PEDOT:PSS")
            .keyword("LiNi1/3Co1/3Mn1/3O2")
            .build("a"));
    papers.add(
        Paper.builder().abstractText("An abstract without a title: SiO₂ − Li⁺ ions.").build("b"));
    papers.add(
        Paper.builder().title("Keywords only").keyword("micro-Si").keyword("Si@C").build("c"));
    for (Path records :
        List.of(
            Fixtures.sampleData().resolve("real-si-anodes.jsonl"),
            Path.of(
                System.getProperty("anodex.shared", "../shared"),
                "corpora/battery-abstracts/s2-battery-search.jsonl"))) {
      if (Files.exists(records)) {
        new JsonRecordSource(RecordFields.defaults())
            .read(
                SourceFile.of(records),
                new PaperSink() {
                  @Override
                  public void accept(Paper paper) {
                    papers.add(paper);
                  }

                  @Override
                  public void reject(String where, String reason) {}
                });
      }
    }
    PaperDocuments documents = new PaperDocuments(Fixtures.schema());
    Analyzer analyzer = Fixtures.schema().analyzer();
    for (Paper p : papers) {
      Document doc = documents.toDocument(p, "hash", null);
      for (String field : FIELDS) {
        String text =
            switch (field) {
              case Schema.TITLE -> p.title();
              case Schema.ABSTRACT -> p.abstractText();
              case Schema.KEYWORDS -> String.join("; ", p.keywords());
              default -> PaperDocuments.contents(p);
            };
        List<String> indexed = new ArrayList<>();
        for (IndexableField f : doc.getFields(field)) {
          if (f.fieldType().indexOptions() != org.apache.lucene.index.IndexOptions.NONE) {
            indexed.addAll(tokens(f.tokenStream(analyzer, null)));
          }
        }
        List<String> expected =
            text == null || text.isBlank() ? List.of() : tokens(analyzer.tokenStream(field, text));
        assertThat(indexed).as(p.id() + " " + field).isEqualTo(expected);
      }
    }
    assertThat(papers).hasSizeGreaterThan(3);
  }

  /** Each token as "term position start-end". */
  private static List<String> tokens(TokenStream stream) throws IOException {
    List<String> out = new ArrayList<>();
    CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
    PositionIncrementAttribute inc = stream.addAttribute(PositionIncrementAttribute.class);
    OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
    try (stream) {
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += inc.getPositionIncrement();
        out.add(term + " " + position + " " + offset.startOffset() + "-" + offset.endOffset());
      }
      stream.end();
    }
    return out;
  }
}

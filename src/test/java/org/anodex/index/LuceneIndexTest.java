package org.anodex.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.anodex.Fixtures;
import org.anodex.paper.Paper;
import org.anodex.paper.Topic;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneIndexTest {
  @TempDir Path dir;

  private static Paper paper(String doi, String title) {
    return Paper.builder()
        .doi(doi)
        .title(title)
        .year(2024)
        .format("jsonl")
        .source("t.jsonl:1")
        .build("t.jsonl#1")
        .withTopics(List.of(new Topic("material", "silicon/micro-Si", "micro-Si")));
  }

  @Test
  void committedPapersSurviveAReopenAndUncommittedOnesDoNot() throws Exception {
    try (LuceneIndex index = LuceneIndex.openForWriting(dir, Fixtures.schema())) {
      assertThat(index.upsert(paper("10.5555/a", "A"))).isEqualTo(PaperIndex.Outcome.ADDED);
      index.commit();
      index.upsert(paper("10.5555/b", "B"));
      // no commit: as if the process died here (close would commit, so drop the writer's changes by
      // rollback)
      index.rollback();
    }
    try (LuceneIndex index = LuceneIndex.openReadOnly(dir, Fixtures.schema())) {
      assertThat(index.stats().papers()).isEqualTo(1);
      Paper a = index.get("10.5555~a");
      assertThat(a.title()).isEqualTo("A");
      assertThat(a.topics()).containsExactly(new Topic("material", "silicon/micro-Si", "micro-Si"));
    }
  }

  /**
   * A bulk write ends with its small segments merged into one; segments as large as the bound stay.
   */
  @Test
  void smallSegmentsAreMergedIntoOneAndLargerOnesLeftAlone() throws Exception {
    try (LuceneIndex index = LuceneIndex.openForWriting(dir, Fixtures.schema())) {
      for (int batch = 0; batch < 4; batch++) {
        for (int i = 0; i < (batch == 0 ? 200 : 2); i++) {
          index.upsert(paper("10.5555/" + batch + "." + i, "Silicon anode " + batch + " " + i));
        }
        index.commit(); // a segment a commit
      }
      List<Long> sizes = segmentSizes();
      assertThat(sizes).hasSize(4);
      long largest = sizes.stream().mapToLong(Long::longValue).max().orElseThrow();

      assertThat(index.mergeSmallSegments(largest)).isEqualTo(3);
      assertThat(segmentSizes()).hasSize(2).contains(largest);
      assertThat(index.mergeSmallSegments(largest)).isZero(); // one small segment: nothing to do

      assertThat(index.mergeSmallSegments(Long.MAX_VALUE)).isEqualTo(2);
      assertThat(segmentSizes()).hasSize(1);
      assertThat(index.stats().papers()).isEqualTo(206);
      assertThat(index.get("10.5555~3.1").title()).isEqualTo("Silicon anode 3 1");
    }
  }

  private List<Long> segmentSizes() throws IOException {
    try (Directory d = FSDirectory.open(dir)) {
      List<Long> sizes = new ArrayList<>();
      for (SegmentCommitInfo segment : SegmentInfos.readLatestCommit(d)) {
        sizes.add(segment.sizeInBytes());
      }
      return sizes;
    }
  }

  @Test
  void upsertTellsAddedUpdatedUnchangedAndDeleteRemoves() throws Exception {
    try (LuceneIndex index = LuceneIndex.openForWriting(dir, Fixtures.schema())) {
      assertThat(index.upsert(paper("10.5555/a", "A"))).isEqualTo(PaperIndex.Outcome.ADDED);
      assertThat(index.upsert(paper("10.5555/a", "A"))).isEqualTo(PaperIndex.Outcome.UNCHANGED);
      index.commit();
      assertThat(index.upsert(paper("10.5555/a", "A"))).isEqualTo(PaperIndex.Outcome.UNCHANGED);
      assertThat(index.upsert(paper("10.5555/a", "A2"))).isEqualTo(PaperIndex.Outcome.UPDATED);
      assertThat(index.delete("10.5555~a")).isTrue();
      assertThat(index.delete("10.5555~a")).isFalse();
      assertThat(index.upsert(paper("10.5555/a", "A3"))).isEqualTo(PaperIndex.Outcome.ADDED);
      index.commit();
      assertThat(index.stats().papers()).isEqualTo(1);
      assertThat(index.stats().facetValues())
          .containsEntry("material", 2); // silicon, silicon/micro-Si
    }
  }

  @Test
  void aPaperIndexedWithAnOlderDocumentLayoutIsRewrittenOnTheNextUpsert() throws Exception {
    Paper a = paper("10.5555/a", "A");
    // Layout 1 hashed the paper's JSON alone; its documents lack contents_porter.
    byte[] json =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .setSerializationInclusion(
                com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
            .writeValueAsBytes(a);
    String layout1 =
        java.util.HexFormat.of()
            .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(json));
    assertThat(PaperDocuments.hash(a)).isNotEqualTo(layout1);
    org.apache.lucene.document.Document old =
        new PaperDocuments(Fixtures.schema()).toDocument(a, layout1, null);
    old.removeFields(Schema.CONTENTS_PORTER);
    try (org.apache.lucene.store.Directory d = org.apache.lucene.store.FSDirectory.open(dir);
        org.apache.lucene.index.IndexWriter w =
            new org.apache.lucene.index.IndexWriter(
                d, new org.apache.lucene.index.IndexWriterConfig(Fixtures.schema().analyzer()))) {
      w.addDocument(old);
    }
    try (LuceneIndex index = LuceneIndex.openForWriting(dir, Fixtures.schema())) {
      assertThat(index.upsert(a)).isEqualTo(PaperIndex.Outcome.UPDATED);
      assertThat(index.upsert(a)).isEqualTo(PaperIndex.Outcome.UNCHANGED);
      index.commit();
      assertThat(index.stats().papers()).isEqualTo(1);
    }
  }

  @Test
  void papersFromBeforeAFieldPerFacetDimensionAreToldOfAndRewrittenByARetag() throws Exception {
    Paper a = paper("10.5555/a", "A");
    // Layout 4 kept every dimension in Lucene's one facet field, "$facets".
    org.apache.lucene.document.Document layout4 = new org.apache.lucene.document.Document();
    for (org.apache.lucene.index.IndexableField f :
        new PaperDocuments(Fixtures.schema()).toDocument(a, "layout 4", null)) {
      if (f.name().equals(Schema.ALL_FACETS)) {
        continue;
      } else if (!f.name().startsWith(Schema.FACET_PREFIX)) {
        layout4.add(f);
      } else if (f.fieldType().docValuesType()
          == org.apache.lucene.index.DocValuesType.SORTED_SET) {
        layout4.add(
            new org.apache.lucene.document.SortedSetDocValuesField("$facets", f.binaryValue()));
      } else {
        layout4.add(
            new org.apache.lucene.document.StringField(
                "$facets", f.stringValue(), org.apache.lucene.document.Field.Store.NO));
      }
    }
    // One segment holds it and a paper already in layout 5, which a retag leaves as it is: the
    // segment keeps the old field's name after the old paper is rewritten.
    Paper b = paper("10.5555/b", "B");
    try (org.apache.lucene.store.Directory d = org.apache.lucene.store.FSDirectory.open(dir);
        org.apache.lucene.index.IndexWriter w =
            new org.apache.lucene.index.IndexWriter(
                d, new org.apache.lucene.index.IndexWriterConfig(Fixtures.schema().analyzer()))) {
      w.addDocument(layout4);
      w.addDocument(
          new PaperDocuments(Fixtures.schema()).toDocument(b, PaperDocuments.hash(b), null));
    }
    try (LuceneIndex index = LuceneIndex.openForWriting(dir, Fixtures.schema())) {
      assertThat(index.oldFacetLayout()).isTrue();
      assertThat(siliconPapers(index)).as("the layout 4 paper is not found by its facet").isOne();
      // what `anodex retag` does: every stored paper upserted again
      List<Paper> stored = new java.util.ArrayList<>();
      index.forEach(stored::add);
      List<PaperIndex.Outcome> outcomes = new java.util.ArrayList<>();
      for (Paper p : stored) {
        outcomes.add(index.upsert(p));
      }
      assertThat(outcomes)
          .containsExactlyInAnyOrder(PaperIndex.Outcome.UPDATED, PaperIndex.Outcome.UNCHANGED);
      index.commit();
      assertThat(index.oldFacetLayout()).isFalse();
      assertThat(siliconPapers(index)).isEqualTo(2);
      assertThat(index.stats().facetValues()).containsEntry("material", 2).containsEntry("year", 1);
    }
  }

  private static int siliconPapers(LuceneIndex index) throws java.io.IOException {
    FacetedSearcher s = index.acquire();
    try {
      org.apache.lucene.facet.DrillDownQuery q =
          new org.apache.lucene.facet.DrillDownQuery(index.schema().facetsConfig());
      q.add("material", "silicon");
      return s.count(q);
    } finally {
      index.release(s);
    }
  }

  @Test
  void aSecondWriterIsRefusedWithAMessageAndTheIndexStaysReadable() throws Exception {
    try (LuceneIndex index = LuceneIndex.openForWriting(dir, Fixtures.schema())) {
      index.upsert(paper("10.5555/a", "A"));
      index.commit();
      assertThatThrownBy(() -> LuceneIndex.openForWriting(dir, Fixtures.schema()))
          .isInstanceOf(IndexBusyException.class)
          .hasMessageContaining("in use by another process")
          .hasMessageContaining("--server");
      try (LuceneIndex reader = LuceneIndex.openReadOnly(dir, Fixtures.schema())) {
        assertThat(reader.stats().papers()).isEqualTo(1);
      }
    }
  }
}

package org.anodex.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.anodex.Fixtures;
import org.anodex.paper.Embedding;
import org.anodex.paper.Paper;
import org.anodex.paper.Property;
import org.anodex.paper.Topic;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;

/**
 * The one description of a paper's fields is what the Solr schema declares and what a Lucene
 * document holds.
 */
class PaperFieldsTest {
  private static final Path SCHEMA_XML = Path.of("src/main/resources/solr/anodex/conf/schema.xml");

  @Test
  void theCommittedSolrSchemaDeclaresTheDescribedFields() throws IOException {
    String xml = Files.readString(SCHEMA_XML);
    int begin =
        xml.indexOf(
                '\n',
                xml.indexOf(
                    "-->", xml.indexOf("<!-- BEGIN the fields of org.anodex.index.PaperFields")))
            + 1;
    int end = xml.indexOf("  <!-- END the fields of org.anodex.index.PaperFields");
    assertThat(xml.substring(begin, end))
        .as("schema.xml's field block: paste PaperFields.solrSchemaFields() into it")
        .isEqualTo(PaperFields.solrSchemaFields());
  }

  @Test
  void aLuceneDocumentHoldsEveryDescribedField() throws IOException {
    Schema schema = Fixtures.schema();
    Paper paper =
        Paper.builder()
            .id("10.5555/f.1")
            .doi("10.5555/f.1")
            .title("Silicon anodes")
            .abstractText("Binders hold silicon.")
            .keyword("silicon")
            .body("Full text.")
            .author("A. Author")
            .journal("Journal of Power Sources")
            .year(2021)
            .format("json")
            .citations(3)
            .build("f")
            .withTopics(List.of(new Topic("material", "silicon", "silicon")))
            .withProperties(
                List.of(
                    new Property(
                        "specific_capacity",
                        1200.0,
                        1400.0,
                        "mAh/g",
                        "1200-1400 mAh/g",
                        null,
                        "")));
    Document doc =
        new PaperDocuments(schema)
            .toDocument(paper, PaperDocuments.hash(paper), new float[Embedding.DIMENSION]);
    Set<String> names = new TreeSet<>();
    for (IndexableField f : doc.getFields()) {
      names.add(f.name());
    }
    List<String> described =
        PaperFields.ALL.stream()
            .map(PaperFields.Field::name)
            .filter(n -> !n.endsWith("*"))
            .toList();
    assertThat(names).containsAll(described).contains(Schema.propertyField("specific_capacity"));
    assertThat(
            PaperFields.values(
                paper, "h", null, schema.topicDimensions(), schema.propertyUnits().keySet()))
        .filteredOn(v -> v.field() == PaperFields.FACETS)
        .extracting(PaperFields.Value::key)
        .contains("material", Schema.YEAR, Schema.JOURNAL, Schema.AUTHOR_FACET, Schema.FORMAT);
  }
}

package org.anodex.index;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.anodex.paper.Embedding;
import org.anodex.paper.Paper;
import org.anodex.paper.Topic;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;

/**
 * Turns papers into Lucene documents of the {@link Schema} and stored documents back into papers.
 */
public final class PaperDocuments {
  private static final ObjectMapper JSON =
      new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);

  /**
   * Stored words indexed with each token's offsets in the text: a search's snippets read where its
   * words are from the postings instead of analysing the text again (most of a snippet's cost).
   */
  private static final FieldType WORDS_WITH_OFFSETS = new FieldType(TextField.TYPE_NOT_STORED);

  static {
    WORDS_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    WORDS_WITH_OFFSETS.freeze();
  }

  private final Schema schema;
  private final Set<String> withoutOffsets;

  /** Documents of a new index: every stored text field with its offsets. */
  public PaperDocuments(Schema schema) {
    this(schema, Set.of());
  }

  /**
   * @param withoutOffsets the stored text fields an existing index holds without offsets (written
   *     before they had them): Lucene keeps a field's indexing as it began, so they go on without
   *     (their snippets analyse the text again) until the papers are ingested into a new index.
   */
  public PaperDocuments(Schema schema, Set<String> withoutOffsets) {
    this.schema = schema;
    this.withoutOffsets = withoutOffsets;
  }

  /** The stored text fields of {@code fields} (an index's) that it holds without offsets. */
  public static Set<String> withoutOffsets(FieldInfos fields) {
    Set<String> out = new java.util.HashSet<>();
    for (PaperFields.Field f : PaperFields.ALL) {
      FieldInfo info = fields.fieldInfo(f.name());
      if (f.stored()
          && f.type() == PaperFields.Type.TEXT
          && info != null
          && info.getIndexOptions() != IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS) {
        out.add(f.name());
      }
    }
    return Set.copyOf(out);
  }

  /**
   * The version of the document layout: which fields a paper becomes and how they are analysed. It
   * is part of every paper's {@link #hash}, so raising it makes {@code anodex ingest} and {@code
   * anodex retag} rewrite every paper (an index written before it lacks the fields a search now
   * scores). 2 added {@link Schema#CONTENTS_PORTER}, 3 {@link Schema#EMBEDDING} (with the embedding
   * model's name), 4 {@link LinkedValues}, 5 a field a facet dimension ({@link Schema#facetField})
   * beside one of all ({@link Schema#ALL_FACETS}). Layout 3 documents written before the embedding
   * moved to the background all carry their embedding, so the {@link Schema#EMBEDDING_PENDING} mark
   * (absent from them) needed no new version.
   */
  public static final int LAYOUT_VERSION = 5;

  /**
   * The hash of everything a paper's document is built from, and of the layout: equal hash, equal
   * document.
   */
  public static String hash(Paper paper) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(
          ("layout " + LAYOUT_VERSION + " " + Embedding.MODEL + "\n")
              .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      byte[] digest = sha.digest(JSON.writeValueAsBytes(paper));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException | JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The paper's document ({@link PaperFields}), with {@code embedding} as its vector; without one
   * (null), a paper that has text to embed is marked {@link Schema#EMBEDDING_PENDING} for the
   * background embedder.
   */
  public Document toDocument(Paper paper, String hash, float[] embedding) throws IOException {
    Document doc = new Document();
    FrontTokens front = new FrontTokens(contentsParts(paper));
    int part = 0;
    for (PaperFields.Value v :
        PaperFields.values(
            paper, hash, embedding, schema.topicDimensions(), schema.propertyUnits().keySet())) {
      PaperFields.Field f = v.field();
      String name = f.name();
      switch (f.type()) {
        case KEY -> {
          doc.add(new StringField(name, (String) v.value(), Field.Store.YES));
          doc.add(new SortedDocValuesField(name, new BytesRef((String) v.value())));
        }
        case STORED -> {
          if (v.value() instanceof byte[] bytes) {
            doc.add(new StoredField(name, bytes));
          } else {
            doc.add(new StoredField(name, (String) v.value()));
          }
          if (f == PaperFields.HASH) {
            doc.add(new BinaryDocValuesField(Schema.HASH_VALUE, new BytesRef((String) v.value())));
          }
        }
        case EXACT -> doc.add(new StringField(name, (String) v.value(), Field.Store.NO));
        case TEXT, TEXT_PORTER, NAMES -> {
          String text = (String) v.value();
          if (f == PaperFields.CONTENTS) {
            doc.add(new TextField(name, front.contents()));
          } else if (f == PaperFields.CONTENTS_PORTER) {
            doc.add(new TextField(name, front.contentsPorter()));
          } else if (f.contentsPart()) { // analysed once for both its own field and the contents
            doc.add(new StoredField(name, text));
            doc.add(new Field(name, front.part(part++), wordsType(f)));
          } else if (f.stored()) {
            doc.add(new StoredField(name, text));
            doc.add(new Field(name, text, wordsType(f)));
          } else {
            doc.add(new TextField(name, text, Field.Store.NO));
          }
        }
        case INT -> {
          doc.add(new IntPoint(name, (Integer) v.value()));
          doc.add(new NumericDocValuesField(name, (Integer) v.value()));
        }
        case SORT -> doc.add(new NumericDocValuesField(name, (Long) v.value()));
        case VECTOR ->
            doc.add(
                new KnnFloatVectorField(
                    name, (float[]) v.value(), VectorSimilarityFunction.COSINE));
        case FACET -> doc.add(new SortedSetDocValuesFacetField(v.key(), (String) v.value()));
        case RANGE -> doc.add(new DoublePoint(Schema.propertyField(v.key()), (Double) v.value()));
        default -> throw new IllegalStateException("no Lucene form for " + f);
      }
    }
    if (embedding == null && !Embedding.text(paper).isBlank()) {
      doc.add(new StringField(Schema.EMBEDDING_PENDING, Schema.EMBEDDING_PENDING, Field.Store.NO));
    }
    LinkedValues.addTo(doc, paper, schema.propertyUnits().keySet());
    Document built = schema.facetsConfig().build(doc);
    for (IndexableField f : List.copyOf(built.getFields())) {
      if (f.name().startsWith(Schema.FACET_PREFIX)
          && f.fieldType().docValuesType() == DocValuesType.SORTED_SET) {
        built.add(new SortedSetDocValuesField(Schema.ALL_FACETS, f.binaryValue()));
      }
    }
    return built;
  }

  private FieldType wordsType(PaperFields.Field f) {
    return withoutOffsets.contains(f.name()) ? TextField.TYPE_NOT_STORED : WORDS_WITH_OFFSETS;
  }

  /**
   * The facet values of a dimension: each tagged path and every ancestor of it, so that a paper
   * tagged {@code silicon/micro-Si} counts under, and is found by, {@code silicon}.
   */
  public static Set<String> withAncestors(Paper paper, String dim) {
    Set<String> values = new LinkedHashSet<>();
    for (Topic t : paper.topics()) {
      if (t.dimension().equals(dim)) {
        String path = t.value();
        int slash = -1;
        while ((slash = path.indexOf('/', slash + 1)) >= 0) {
          values.add(path.substring(0, slash));
        }
        values.add(path);
      }
    }
    return values;
  }

  /** The paper (without body) as stored: JSON. */
  public static byte[] json(Paper paper) {
    try {
      return JSON.writeValueAsBytes(paper.withBody(null));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static Paper fromJson(String json, String body) {
    try {
      return JSON.readValue(json, Paper.class).withBody(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Paper toPaper(Document doc) {
    try {
      BytesRef json = doc.getBinaryValue(Schema.PAPER);
      Paper p = JSON.readValue(json.bytes, json.offset, json.length, Paper.class);
      return p.withBody(doc.get(Schema.BODY));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The stored paper without its body: what a search hit needs. */
  public Paper toPaperWithoutBody(Document doc) {
    try {
      BytesRef json = doc.getBinaryValue(Schema.PAPER);
      return JSON.readValue(json.bytes, json.offset, json.length, Paper.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of {@link Schema#CONTENTS}: title, abstract and keywords, a line each. */
  public static String contents(Paper p) {
    return String.join("\n", contentsParts(p));
  }

  private static List<String> contentsParts(Paper p) {
    List<String> parts = new ArrayList<>();
    for (String part :
        new String[] {p.title(), p.abstractText(), String.join("; ", p.keywords())}) {
      if (isText(part)) {
        parts.add(part);
      }
    }
    return parts;
  }

  private static boolean isText(String s) {
    return s != null && !s.isBlank();
  }

  public static long dateSortKey(Paper p) {
    if (p.date() != null && p.date().matches("\\d{4}(-\\d{2}){0,2}.*")) {
      String d = p.date().replace("-", "");
      return Long.parseLong((d + "0000").substring(0, 8));
    }
    return p.year() == null ? 0 : p.year() * 10000L;
  }

  /** The citation count sorted on: an unknown count sorts as none, in both backends. */
  public static long citationsSortKey(Paper p) {
    return p.citations() == null ? 0 : p.citations();
  }
}

package org.anodex.bench.floor;

import java.io.IOException;
import java.nio.file.Path;
import org.anodex.bench.BenchPaper;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * The floor: a plain Lucene index of the same papers. BM25 over title and abstract with
 * StandardAnalyzer, id/doi stored, year, journal and authors as SortedSetDocValues facets, the date
 * as a numeric doc value to sort by. No embeddings, no taxonomy, no synonyms: what any Lucene
 * application pays at least.
 */
public final class FloorIndex implements AutoCloseable {
  public static final String ID = "id",
      DOI = "doi",
      TITLE = "title",
      ABSTRACT = "abstract",
      YEAR = "year",
      JOURNAL = "journal",
      AUTHORS = "authors",
      DATE = "date";
  private final IndexWriter writer;
  private final FacetsConfig facets = facetsConfig();

  public FloorIndex(Path dir) throws IOException {
    IndexWriterConfig config =
        new IndexWriterConfig(analyzer())
            .setRAMBufferSizeMB(256)
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    writer = new IndexWriter(FSDirectory.open(dir), config);
  }

  public static Analyzer analyzer() {
    return new StandardAnalyzer();
  }

  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(AUTHORS, true);
    return config;
  }

  public void add(BenchPaper p) throws IOException {
    Document doc = new Document();
    doc.add(new StringField(ID, p.id(), Field.Store.YES));
    doc.add(new StoredField(DOI, p.doi()));
    doc.add(new TextField(TITLE, p.title(), Field.Store.YES));
    if (p.abstractText() != null) {
      doc.add(new TextField(ABSTRACT, p.abstractText(), Field.Store.YES));
    }
    if (p.year() != null) {
      doc.add(new SortedSetDocValuesFacetField(YEAR, String.valueOf(p.year())));
    }
    if (p.venue() != null) {
      doc.add(new SortedSetDocValuesFacetField(JOURNAL, p.venue()));
    }
    for (String a : p.authors()) {
      doc.add(new SortedSetDocValuesFacetField(AUTHORS, a));
    }
    doc.add(new NumericDocValuesField(DATE, p.dateKey()));
    writer.addDocument(facets.build(doc));
  }

  @Override
  public void close() throws IOException {
    writer.commit();
    writer.close();
  }
}

package org.anodex;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import org.anodex.index.Schema;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * A plain Lucene index of 600 papers in segments of 37, never merged (17 segments, 4 of Lucene's
 * slices), whose scores and dates tie often: an id (a string and its sorted doc values), a year as
 * the date sort, and contents of few words and few lengths.
 */
public final class ManySegments {
  private ManySegments() {}

  public static DirectoryReader write(Path dir) throws IOException {
    Random random = new Random(7);
    try (IndexWriter w =
        new IndexWriter(
            FSDirectory.open(dir),
            new IndexWriterConfig(new StandardAnalyzer())
                .setMergePolicy(NoMergePolicy.INSTANCE)
                .setMaxBufferedDocs(37))) { // segments of 37: every order crosses them
      for (int i = 0; i < 600; i++) {
        Document doc = new Document();
        String id = "10.5555/p" + random.nextInt(100_000) + "." + i;
        doc.add(new StringField(Schema.ID, id, Field.Store.YES));
        doc.add(new SortedDocValuesField(Schema.ID, new BytesRef(id)));
        doc.add(new NumericDocValuesField(Schema.DATE_SORT, 2015 + random.nextInt(4)));
        doc.add(
            new TextField(
                Schema.CONTENTS,
                "silicon anode " + "carbon ".repeat(random.nextInt(3)),
                Field.Store.NO));
        w.addDocument(doc);
      }
    }
    return DirectoryReader.open(FSDirectory.open(dir));
  }
}

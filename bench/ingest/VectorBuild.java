import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.store.FSDirectory;

/**
 * What storing N embeddings costs by itself, with Lucene's default vector format (an HNSW graph built at
 * every flush and rebuilt at every merge) and with the flat format the index uses (org.anodex.index.FlatVectors):
 * N seeded random unit vectors of 384 dimensions, one per document, written with the index's RAM buffer,
 * committed every COMMIT documents as an ingest does, then merged into one segment. Prints process CPU
 * seconds (merges run on their own threads) and wall seconds per phase.
 *
 * <pre>
 * java -cp target/anodex.jar bench/ingest/VectorBuild.java 50000 hnsw|flat [COMMIT]
 * </pre>
 */
public class VectorBuild {
  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[0]);
    boolean hnsw = args[1].equals("hnsw");
    int commitEvery = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
    Codec codec = hnsw ? new Lucene912Codec() : flat();
    Path dir = Files.createTempDirectory("vector-build");
    Random random = new Random(42);
    float[][] vectors = new float[n][384];
    for (float[] v : vectors) {
      double norm = 0;
      for (int i = 0; i < v.length; i++) {
        v[i] = (float) random.nextGaussian();
        norm += v[i] * v[i];
      }
      for (int i = 0; i < v.length; i++) {
        v[i] /= (float) Math.sqrt(norm);
      }
    }
    try (FSDirectory d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig().setCodec(codec).setRAMBufferSizeMB(256))) {
      long cpu = cpu();
      long wall = System.nanoTime();
      for (int i = 0; i < n; i++) {
        Document doc = new Document();
        doc.add(new StringField("id", "p" + i, Field.Store.YES));
        doc.add(new KnnFloatVectorField("embedding", vectors[i], VectorSimilarityFunction.COSINE));
        w.addDocument(doc);
        if ((i + 1) % commitEvery == 0) {
          w.commit();
        }
      }
      w.commit();
      print(args[1] + ": add and commit every " + commitEvery, cpu, wall);
      cpu = cpu();
      wall = System.nanoTime();
      w.forceMerge(1);
      print(args[1] + ": merge into one segment", cpu, wall);
    }
  }

  private static Codec flat() throws Exception {
    java.lang.reflect.Field f = Class.forName("org.anodex.index.FlatVectors").getDeclaredField("CODEC");
    f.setAccessible(true);
    return (Codec) f.get(null);
  }

  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static void print(String phase, long cpu, long wall) {
    System.out.printf("%-40s %7.1f s CPU %7.1f s wall%n", phase, (cpu() - cpu) / 1e9, (System.nanoTime() - wall) / 1e9);
  }
}

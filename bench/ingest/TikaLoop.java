import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/**
 * The raw Tika parse rate that PDF ingest is compared with: every file of a folder through
 * AutoDetectParser (text only, no limit), on THREADS threads in this JVM, after one warm-up pass.
 *
 * <pre>
 * java -cp target/anodex.jar bench/ingest/TikaLoop.java FOLDER [THREADS]
 * </pre>
 */
public class TikaLoop {
  public static void main(String[] args) throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of(args[0]))) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    AutoDetectParser parser = new AutoDetectParser();
    for (int pass = 0; pass < 2; pass++) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      long t0 = System.nanoTime();
      List<Future<Integer>> chars = files.stream().map(f -> pool.submit(() -> parse(parser, f))).toList();
      long total = 0;
      for (Future<Integer> c : chars) {
        total += c.get();
      }
      double s = (System.nanoTime() - t0) / 1e9;
      pool.shutdown();
      System.out.printf("%s: %d files, %d chars in %.1f s: %.2f files/s%n", pass == 0 ? "warm-up" : "measured",
          files.size(), total, s, files.size() / s);
    }
  }

  private static int parse(AutoDetectParser parser, Path f) throws Exception {
    BodyContentHandler text = new BodyContentHandler(-1);
    try (InputStream in = TikaInputStream.get(f)) {
      parser.parse(in, text, new Metadata(), new ParseContext());
    }
    return text.toString().length();
  }
}

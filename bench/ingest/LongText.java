// Times topic tagging and property extraction of one abstract without sentence breaks, by size in KiB
// (the stages alone, without the ingest's per-paper budget, which cuts an abstract at 100,000 characters):
//   java -cp target/anodex.jar bench/ingest/LongText.java 16 128 256 512 1024 4096
// Results: docs/HOSTILE-INPUT.md.
import org.anodex.enrich.*;
import org.anodex.enrich.properties.PropertyExtractor;
import org.anodex.paper.Paper;
public class LongText {
  public static void main(String[] a) {
    TopicTagger tagger = new TopicTagger(Taxonomy.defaults());
    PropertyExtractor props = new PropertyExtractor();
    String unit = "micro-sized silicon anode with a PAA binder and FEC in a half cell retains 80 % after 500 cycles at 1 A g-1 ";
    for (String kib : a) {
      int n = Integer.parseInt(kib) * 1024;
      String text = unit.repeat(n / unit.length() + 1).substring(0, n);
      Paper p = Paper.builder().title("Bench").abstractText(text).build("bench#1");
      long t0 = System.nanoTime();
      Paper tagged = tagger.enrich(p);
      long t1 = System.nanoTime();
      Paper withProps = props.enrich(p);
      long t2 = System.nanoTime();
      System.out.printf("%5d KiB  tagging %8.2f s (%d topics)  properties %8.2f s (%d values)%n", Integer.parseInt(kib),
          (t1 - t0) / 1e9, tagged.topics().size(), (t2 - t1) / 1e9, withProps.properties().size());
    }
  }
}

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anodex.paper.Paper;
import org.anodex.semantic.Embedder;
import org.anodex.source.JsonRecordSource;
import org.anodex.source.PaperSink;
import org.anodex.source.RecordFields;
import org.anodex.source.SourceFile;

/**
 * Writes N JSON Lines records for ingest measurements by repeating real records with new ids (a DOI and
 * record key suffixed with the copy's number), so the words, tags and properties are those of real papers.
 * With {@code --embeddings} each record carries its title-and-abstract embedding ({@code embedding},
 * {@code embedding_model}), computed once per distinct text (through the embedding cache).
 *
 * <pre>
 * java -cp target/anodex.jar bench/ingest/MakeRecords.java OUT.jsonl N [--embeddings] SOURCE.jsonl...
 * </pre>
 */
public class MakeRecords {
  private static final Embedder EMBEDDER = new org.anodex.semantic.MiniLmEmbedder();
  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    boolean embeddings = List.of(args).contains("--embeddings");
    List<Path> sources = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      if (!args[i].startsWith("--")) {
        sources.add(Path.of(args[i]));
      }
    }
    ObjectMapper json = new ObjectMapper();
    List<ObjectNode> records = new ArrayList<>();
    for (Path source : sources) {
      Map<String, Paper> papers = embeddings ? papers(source) : Map.of();
      List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).isBlank()) {
          continue;
        }
        ObjectNode record = (ObjectNode) json.readTree(lines.get(i));
        if (embeddings) {
          Paper p = papers.get(source.getFileName() + ":" + (i + 1));
          float[] v = p == null ? null : EMBEDDER.paper(p);
          if (v != null) {
            ArrayNode array = record.putArray("embedding");
            for (float f : v) {
              array.add(f);
            }
            record.put("embedding_model", org.anodex.paper.Embedding.MODEL);
          }
        }
        records.add(record);
      }
    }
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (int i = 0; i < n; i++) {
        ObjectNode r = records.get(i % records.size()).deepCopy();
        int copy = i / records.size();
        for (String key : List.of("id", "_id", "s2_paperId", "doi")) {
          if (r.hasNonNull(key)) {
            r.put(key, r.get(key).asText() + "-c" + copy);
          }
        }
        w.write(json.writeValueAsString(r));
        w.newLine();
      }
    }
    System.err.println(n + " records written to " + out + " from " + records.size() + " distinct ones"
        + (embeddings ? ", with embeddings" : ""));
  }

  /** The papers of a file by where they were read ({@code file:line}). */
  private static Map<String, Paper> papers(Path source) throws Exception {
    Map<String, Paper> papers = new HashMap<>();
    new JsonRecordSource(RecordFields.defaults()).read(SourceFile.of(source), new PaperSink() {
      @Override
      public void accept(Paper paper) {
        papers.put(paper.source(), paper);
      }

      @Override
      public void reject(String where, String reason) {}
    });
    return papers;
  }
}

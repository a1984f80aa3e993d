// Dumps an index so that two ingests of the same papers can be compared whatever order they were written
// in: per paper (by id) its stored fields (binary ones as MD5), doc values and points; per indexed field
// its number of terms, sums of frequencies and an MD5 over every term with its frequencies:
//   java -cp target/anodex.jar bench/ingest/IndexDump.java INDEX_DIR OUT_FILE   (then cmp two OUT_FILEs)
// Used to check that ingest changes index exactly the same tags, properties, points and words.
import java.nio.file.*;
import java.util.*;
import java.io.*;
import java.security.MessageDigest;
import org.apache.lucene.index.*;
import org.apache.lucene.store.*;
import org.apache.lucene.util.*;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;

public class IndexDump {
  public static void main(String[] a) throws Exception {
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(Path.of(a[0])));
         PrintWriter out = new PrintWriter(new BufferedWriter(new FileWriter(a[1])))) {
      TreeMap<String, List<String>> docs = new TreeMap<>();
      for (LeafReaderContext ctx : r.leaves()) {
        LeafReader leaf = ctx.reader();
        Bits live = leaf.getLiveDocs();
        StoredFields sf = leaf.storedFields();
        String[] idOf = new String[leaf.maxDoc()];
        for (int d = 0; d < leaf.maxDoc(); d++) {
          if (live != null && !live.get(d)) continue;
          Document doc = sf.document(d);
          idOf[d] = doc.get("id");
          List<String> lines = new ArrayList<>();
          for (IndexableField f : doc.getFields()) {
            BytesRef b = f.binaryValue();
            lines.add("S " + f.name() + "=" + (b != null ? md5(BytesRef.deepCopyOf(b).bytes) : String.valueOf(f.stringValue() != null ? f.stringValue() : f.numericValue())));
          }
          docs.put(idOf[d], lines);
        }
        for (FieldInfo fi : leaf.getFieldInfos()) {
          switch (fi.getDocValuesType()) {
            case NUMERIC -> { NumericDocValues v = leaf.getNumericDocValues(fi.name); for (int d = v.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = v.nextDoc()) if (idOf[d]!=null) docs.get(idOf[d]).add("N " + fi.name + "=" + v.longValue()); }
            case SORTED_NUMERIC -> { SortedNumericDocValues v = leaf.getSortedNumericDocValues(fi.name); for (int d = v.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = v.nextDoc()) if (idOf[d]!=null) { StringBuilder s = new StringBuilder(); for (int i=0;i<v.docValueCount();i++) s.append(v.nextValue()).append(','); docs.get(idOf[d]).add("SN " + fi.name + "=" + s); } }
            case SORTED -> { SortedDocValues v = leaf.getSortedDocValues(fi.name); for (int d = v.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = v.nextDoc()) if (idOf[d]!=null) docs.get(idOf[d]).add("SD " + fi.name + "=" + v.lookupOrd(v.ordValue()).utf8ToString()); }
            case SORTED_SET -> { SortedSetDocValues v = leaf.getSortedSetDocValues(fi.name); for (int d = v.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = v.nextDoc()) if (idOf[d]!=null) { StringBuilder s = new StringBuilder(); for (int i=0;i<v.docValueCount();i++) s.append(v.lookupOrd(v.nextOrd()).utf8ToString()).append('|'); docs.get(idOf[d]).add("SS " + fi.name + "=" + s); } }
            case BINARY -> { BinaryDocValues v = leaf.getBinaryDocValues(fi.name); for (int d = v.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = v.nextDoc()) if (idOf[d]!=null) docs.get(idOf[d]).add("B " + fi.name + "=" + md5(BytesRef.deepCopyOf(v.binaryValue()).bytes)); }
            default -> {}
          }
          if (fi.getPointDimensionCount() > 0) {
            PointValues pv = leaf.getPointValues(fi.name);
            Map<Integer, List<String>> pts = new HashMap<>();
            pv.intersect(new PointValues.IntersectVisitor() {
              public void visit(int d) { throw new IllegalStateException(); }
              public void visit(int d, byte[] p) { pts.computeIfAbsent(d, k -> new ArrayList<>()).add(HexFormat.of().formatHex(p)); }
              public PointValues.Relation compare(byte[] mn, byte[] mx) { return PointValues.Relation.CELL_CROSSES_QUERY; }
            });
            pts.forEach((d, l) -> { if (idOf[d] != null) { Collections.sort(l); docs.get(idOf[d]).add("P " + fi.name + "=" + l); } });
          }
        }
      }
      for (var e : docs.entrySet()) { List<String> l = e.getValue(); Collections.sort(l); out.println("DOC " + e.getKey()); for (String s : l) out.println("  " + s); }
      // term stats over the whole reader (live docs only matter: index has no deletes after a fresh ingest)
      for (FieldInfo fi : FieldInfos.getMergedFieldInfos(r)) {
        if (fi.getIndexOptions() == IndexOptions.NONE) continue;
        Terms t = MultiTerms.getTerms(r, fi.name);
        if (t == null) continue;
        TermsEnum te = t.iterator();
        long n = 0; MessageDigest md = MessageDigest.getInstance("MD5");
        for (BytesRef b = te.next(); b != null; b = te.next()) {
          n++;
          md.update(BytesRef.deepCopyOf(b).bytes); md.update((byte)0);
          md.update((te.docFreq() + "/" + te.totalTermFreq() + ";").getBytes());
        }
        out.println("TERMS " + fi.name + " n=" + n + " sumTTF=" + t.getSumTotalTermFreq() + " sumDF=" + t.getSumDocFreq() + " md5=" + HexFormat.of().formatHex(md.digest()));
      }
      out.println("numDocs=" + r.numDocs() + " maxDoc=" + r.maxDoc());
    }
  }
  static String md5(byte[] b) throws Exception { return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(b)); }
}

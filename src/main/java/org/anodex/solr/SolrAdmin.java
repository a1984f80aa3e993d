package org.anodex.solr;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.anodex.index.Ranking;

/**
 * Sets a SolrCloud cluster up for Anodex: uploads the shipped configset (schema, solrconfig, and
 * the same synonyms file the embedded index reads) and creates the collection.
 */
public final class SolrAdmin {
  public static final String CONFIGSET = "anodex";

  /** The configset's files, as resources of the application jar. */
  static final List<String> FILES =
      List.of("solr/anodex/conf/schema.xml", "solr/anodex/conf/solrconfig.xml");

  /**
   * Data files the analysis reads, shipped into the configset too (one source: the application's).
   */
  static final List<String> SHARED_FILES = List.of("synonyms.txt", "chemistry-characters.txt");

  /** ranking.yaml's DFR basic models as Solr's DFRSimilarityFactory names them. */
  private static final java.util.Map<String, String> SOLR_BASIC_MODELS =
      java.util.Map.of("ine", "I(ne)", "in", "I(n)", "if", "I(F)", "g", "G");

  private final SolrHttp solr;

  public SolrAdmin(SolrHttp solr) {
    this.solr = solr;
  }

  public void uploadConfigset() throws IOException {
    solr.send(
        "/admin/configs?action=UPLOAD&name=" + CONFIGSET + "&overwrite=true&cleanup=true&wt=json",
        "application/octet-stream",
        configsetZip());
  }

  /** Creates the collection; a collection of that name that already exists is left as it is. */
  public boolean createCollection(String name, int shards, int replicas) throws IOException {
    JsonNode list = solr.get("/admin/collections?action=LIST&wt=json");
    for (JsonNode c : list.path("collections")) {
      if (c.asText().equals(name)) {
        return false;
      }
    }
    solr.get(
        "/admin/collections?action=CREATE&name="
            + SolrIndex.enc(name)
            + "&numShards="
            + shards
            + "&replicationFactor="
            + replicas
            + "&collection.configName="
            + CONFIGSET
            + "&waitForFinalState=true&wt=json");
    return true;
  }

  static byte[] configsetZip() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (String f : FILES) {
        String name = f.substring(f.lastIndexOf('/') + 1);
        if (name.equals("schema.xml")) {
          zip.putNextEntry(new ZipEntry(name));
          zip.write(schemaXml(Ranking.defaults()).getBytes(StandardCharsets.UTF_8));
          zip.closeEntry();
        } else {
          add(zip, f, name, true);
        }
      }
      for (String f : SHARED_FILES) {
        add(zip, f, f, false);
      }
    }
    return out.toByteArray();
  }

  /** The shipped schema with the similarity of {@code ranking} (one source for both backends). */
  static String schemaXml(Ranking ranking) throws IOException {
    String schema;
    try (InputStream in = SolrAdmin.class.getClassLoader().getResourceAsStream(FILES.get(0))) {
      schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String similarity =
        switch (ranking.model()) {
          case "dfr" ->
              "<similarity class=\"solr.DFRSimilarityFactory\"><str name=\"basicModel\">"
                  + SOLR_BASIC_MODELS.get(ranking.basicModel())
                  + "</str><str name=\"afterEffect\">"
                  + ranking.afterEffect().toUpperCase(java.util.Locale.ROOT)
                  + "</str><str name=\"normalization\">H2</str>"
                  + "<float name=\"c\">"
                  + ranking.c()
                  + "</float></similarity>";
          default ->
              "<similarity class=\"solr.BM25SimilarityFactory\"><float name=\"k1\">"
                  + ranking.k1()
                  + "</float><float name=\"b\">"
                  + ranking.b()
                  + "</float></similarity>";
        };
    return schema.replace("<similarity class=\"solr.BM25SimilarityFactory\"/>", similarity);
  }

  private static void add(ZipOutputStream zip, String resource, String name, boolean required)
      throws IOException {
    try (InputStream in = SolrAdmin.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        if (required) {
          throw new IOException(
              "the configset file " + resource + " is missing from the application");
        }
        return;
      }
      zip.putNextEntry(new ZipEntry(name));
      in.transferTo(zip);
      zip.closeEntry();
    }
  }
}

package org.anodex.solr;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Sets a SolrCloud cluster up for Anodex: uploads the shipped configset (schema, solrconfig, and the
 * same synonyms file the embedded index reads) and creates the collection.
 */
public final class SolrAdmin {
  public static final String CONFIGSET = "anodex";
  /** The configset's files, as resources of the application jar. */
  static final List<String> FILES = List.of("solr/anodex/conf/schema.xml", "solr/anodex/conf/solrconfig.xml");
  /** Data files the analysis reads, shipped into the configset too (one source: the application's). */
  static final List<String> SHARED_FILES = List.of("synonyms.txt");

  private final SolrHttp solr;

  public SolrAdmin(SolrHttp solr) {
    this.solr = solr;
  }

  public void uploadConfigset() throws IOException {
    solr.send("/admin/configs?action=UPLOAD&name=" + CONFIGSET + "&overwrite=true&cleanup=true&wt=json",
        "application/octet-stream", configsetZip());
  }

  /** Creates the collection; a collection of that name that already exists is left as it is. */
  public boolean createCollection(String name, int shards, int replicas) throws IOException {
    JsonNode list = solr.get("/admin/collections?action=LIST&wt=json");
    for (JsonNode c : list.path("collections")) {
      if (c.asText().equals(name)) {
        return false;
      }
    }
    solr.get("/admin/collections?action=CREATE&name=" + SolrIndex.enc(name) + "&numShards=" + shards
        + "&replicationFactor=" + replicas + "&collection.configName=" + CONFIGSET + "&waitForFinalState=true&wt=json");
    return true;
  }

  static byte[] configsetZip() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (String f : FILES) {
        add(zip, f, f.substring(f.lastIndexOf('/') + 1), true);
      }
      for (String f : SHARED_FILES) {
        add(zip, f, f, false);
      }
    }
    return out.toByteArray();
  }

  private static void add(ZipOutputStream zip, String resource, String name, boolean required) throws IOException {
    try (InputStream in = SolrAdmin.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        if (required) {
          throw new IOException("the configset file " + resource + " is missing from the application");
        }
        return;
      }
      zip.putNextEntry(new ZipEntry(name));
      in.transferTo(zip);
      zip.closeEntry();
    }
  }
}

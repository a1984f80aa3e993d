package org.anodex.cli;

import java.util.concurrent.Callable;
import org.anodex.solr.SolrAdmin;
import org.anodex.solr.SolrHttp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "solr-init",
    mixinStandardHelpOptions = true,
    description = {
      "Sets a SolrCloud cluster up for Anodex.",
      "Uploads the configset (schema, solrconfig, synonyms) and creates the collection.",
      "Solr needs the Anodex jars on its classpath (see the README)."
    })
final class SolrInitCommand implements Callable<Integer> {
  @Option(
      names = "--solr",
      required = true,
      paramLabel = "URLS",
      description = "Solr node URLs, comma-separated")
  String solr;

  @Option(names = "--collection", description = "collection name (default: ${DEFAULT-VALUE})")
  String collection = "anodex";

  @Option(names = "--shards", description = "number of shards (default: ${DEFAULT-VALUE})")
  int shards = 2;

  @Option(names = "--replicas", description = "replicas of each shard (default: ${DEFAULT-VALUE})")
  int replicas = 2;

  @Override
  public Integer call() throws Exception {
    SolrAdmin admin = new SolrAdmin(SolrHttp.of(solr));
    admin.uploadConfigset();
    System.out.println("uploaded configset '" + SolrAdmin.CONFIGSET + "'");
    boolean created = admin.createCollection(collection, shards, replicas);
    System.out.println(
        created
            ? "created collection '"
                + collection
                + "' ("
                + shards
                + " shards x "
                + replicas
                + " replicas)"
            : "collection '"
                + collection
                + "' exists already: left as it is (its configset was updated)");
    return 0;
  }
}

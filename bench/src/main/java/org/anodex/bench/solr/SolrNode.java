package org.anodex.bench.solr;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettyConfig;

/**
 * The peer, in a JVM of its own (so its heap and RSS are its own): a SolrCloud of {@code nodes}
 * real Solr 9.10.1 nodes (Jetty, embedded ZooKeeper; Solr's distribution is not downloadable here,
 * its test harness is on Maven Central) with one collection, {@code papers}, on the plain
 * configset, one shard per node and one replica. Prints {@code SOLR <base url>} when the collection
 * is ready, stops when stdin closes.
 *
 * <pre>java -cp CLASSPATH org.anodex.bench.solr.SolrNode BASE_DIR CONFIGSET_DIR [NODES]</pre>
 */
public final class SolrNode {
  public static final String COLLECTION = "papers";

  public static void main(String[] args) throws Exception {
    Path base = Path.of(args[0]);
    Path configset = Path.of(args[1]);
    int nodes = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    MiniSolrCloudCluster cluster =
        new MiniSolrCloudCluster(nodes, base, JettyConfig.builder().build());
    try {
      cluster.uploadConfigSet(configset, "plain");
      CollectionAdminRequest.createCollection(COLLECTION, "plain", nodes, 1)
          .process(cluster.getSolrClient());
      cluster.waitForActiveCollection(COLLECTION, nodes, nodes);
      System.out.println("SOLR " + cluster.getJettySolrRunner(0).getBaseUrl());
      System.out.flush();
      try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in))) {
        while (in.readLine() != null) {
          // wait for the benchmark to close stdin
        }
      }
    } finally {
      cluster.shutdown();
    }
    System.exit(0);
  }
}

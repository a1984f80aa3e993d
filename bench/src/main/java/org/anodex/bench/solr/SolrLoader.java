package org.anodex.bench.solr;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.anodex.bench.BenchPaper;
import org.anodex.bench.CorpusReader;

/**
 * Indexes the scale corpus into the peer with Solr's JSON update API: batches of 1,000 documents,
 * two senders (the machine's two cores), one commit at the end.
 */
public final class SolrLoader {
  private static final int BATCH = 1000;
  private static final byte[] END = new byte[0];
  private static final JsonFactory JSON = new JsonFactory();
  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final String update;

  public SolrLoader(String baseUrl) {
    this.update = baseUrl + "/" + SolrNode.COLLECTION + "/update";
  }

  /** Sends every paper of the chunks and commits; answers the number sent. */
  public long load(List<Path> chunks, java.util.function.LongConsumer progress) throws Exception {
    BlockingQueue<byte[]> batches = new ArrayBlockingQueue<>(4);
    List<Thread> senders = new ArrayList<>();
    Exception[] failed = {null};
    for (int s = 0; s < 2; s++) {
      Thread t =
          new Thread(
              () -> {
                try {
                  for (byte[] b = batches.take(); b != END; b = batches.take()) {
                    post(update, b);
                  }
                } catch (Exception e) {
                  failed[0] = e;
                }
              },
              "solr-sender-" + s);
      t.start();
      senders.add(t);
    }
    List<BenchPaper> batch = new ArrayList<>(BATCH);
    long[] sent = {0};
    for (Path chunk : chunks) {
      CorpusReader.read(
          chunk,
          p -> {
            batch.add(p);
            if (batch.size() == BATCH) {
              put(batches, json(batch));
              sent[0] += batch.size();
              batch.clear();
              progress.accept(sent[0]);
            }
          });
      if (failed[0] != null) {
        break;
      }
    }
    if (!batch.isEmpty()) {
      put(batches, json(batch));
      sent[0] += batch.size();
    }
    for (int s = 0; s < senders.size(); s++) {
      put(batches, END);
    }
    for (Thread t : senders) {
      t.join();
    }
    if (failed[0] != null) {
      throw failed[0];
    }
    post(update + "?commit=true&waitSearcher=true", "[]".getBytes());
    return sent[0];
  }

  private static void put(BlockingQueue<byte[]> q, byte[] b) {
    try {
      q.put(b);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void post(String url, byte[] body) throws IOException, InterruptedException {
    HttpResponse<String> r =
        client.send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IOException("Solr update answered " + r.statusCode() + ": " + r.body());
    }
  }

  static byte[] json(List<BenchPaper> papers) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream(papers.size() * 1500);
      try (JsonGenerator g = JSON.createGenerator(out)) {
        g.writeStartArray();
        for (BenchPaper p : papers) {
          g.writeStartObject();
          g.writeStringField("id", p.id());
          g.writeStringField("doi", p.doi());
          g.writeStringField("title", p.title());
          if (p.abstractText() != null) {
            g.writeStringField("abstract", p.abstractText());
          }
          if (!p.authors().isEmpty()) {
            g.writeArrayFieldStart("authors");
            for (String a : p.authors()) {
              g.writeString(a);
            }
            g.writeEndArray();
          }
          if (p.venue() != null) {
            g.writeStringField("journal", p.venue());
          }
          if (p.year() != null) {
            g.writeStringField("year", String.valueOf(p.year()));
          }
          g.writeNumberField("date", p.dateKey());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

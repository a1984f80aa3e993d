package org.anodex.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.anodex.Fixtures;
import org.anodex.index.LuceneIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Writes through the API while searches keep every core busy: each posted paper is found, and each
 * deleted one is gone from search, suggestions and exports, from the moment its call returns.
 */
class WritesUnderLoadTest {
  private static final String TOKEN = "load-token";
  private static final int PAPERS = 60;
  private static final int SEARCHERS = 4;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static LuceneIndex index;
  private static Http http;

  @BeforeAll
  static void start() throws Exception {
    index = LuceneIndex.openForWriting(Files.createTempDirectory("anodex-load"), Fixtures.schema());
    Fixtures.rebuildInto(index, List.of(Fixtures.sampleData().resolve("real-si-anodes.jsonl")));
    http = new Http(index, Map.of("anodex.token", TOKEN));
  }

  @AfterAll
  static void stop() throws Exception {
    http.close();
    index.close();
  }

  /**
   * A word no other paper has, one per paper, of consonants a stemmer leaves alone ("qzabi" and
   * "qzaby" stem alike): "qzbbc" for 1, fixed width so that no word is another's prefix.
   */
  private static String word(int n) {
    String letters = "bcdfghjkmnpqrtvwxz";
    int k = letters.length();
    return "qz" + letters.charAt(n / (k * k)) + letters.charAt(n / k % k) + letters.charAt(n % k);
  }

  @Test
  void papersWrittenAndDeletedUnderSearchLoadAreFoundAndGoneEverywhere() throws Exception {
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    Set<Integer> deleted = Collections.synchronizedSet(new HashSet<>());
    AtomicBoolean writing = new AtomicBoolean(true);
    AtomicInteger searches = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(SEARCHERS + 2);
    List<Future<?>> searchers = new ArrayList<>();
    for (int s = 0; s < SEARCHERS; s++) {
      Random r = new Random(s);
      searchers.add(
          pool.submit(
              () -> {
                while (writing.get()) {
                  String path =
                      switch (r.nextInt(4)) {
                        case 0 -> "/api/suggest?prefix=" + word(r.nextInt(PAPERS)).substring(0, 3);
                        case 1 -> "/api/export?format=jsonl&q=" + Http.enc("silicon anode");
                        case 2 ->
                            "/api/search?q="
                                + word(r.nextInt(PAPERS))
                                + "+silicon&filter=material:silicon";
                        default ->
                            "/api/search?q="
                                + Http.enc("silicon anodes binder")
                                + "&page="
                                + (1 + r.nextInt(3));
                      };
                  int status = http.get(path).status();
                  searches.incrementAndGet();
                  if (status != 200) {
                    failures.add(path + " answered " + status + " under load");
                  }
                }
                return null;
              }));
    }
    long t0 = System.nanoTime();
    List<Future<?>> writers = new ArrayList<>();
    for (int w = 0; w < 2; w++) {
      int first = w;
      writers.add(
          pool.submit(
              () -> {
                for (int n = first; n < PAPERS; n += 2) {
                  write(n, failures);
                  if (n % 4 == first + 2) { // every other paper of this writer goes again
                    delete(n - 2, failures);
                    deleted.add(n - 2);
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : writers) {
      f.get();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    writing.set(false);
    for (Future<?> f : searchers) {
      f.get();
    }
    pool.shutdown();
    System.out.printf(
        "writes under load: %d papers posted, %d deleted in %.1f s beside %d searches (%.0f/s)%n",
        PAPERS, deleted.size(), seconds, searches.get(), searches.get() / seconds);
    assertThat(failures).isEmpty();
    assertThat(deleted).hasSize(PAPERS / 2);

    Set<String> exported = new HashSet<>();
    http.get("/api/export?format=jsonl").body().lines().forEach(l -> exported.add(id(l)));
    int deletedSuggested = 0;
    for (int n = 0; n < PAPERS; n++) {
      boolean gone = deleted.contains(n);
      assertThat(http.get("/api/search?q=" + word(n)).json().get("total").asInt())
          .as(word(n))
          .isEqualTo(gone ? 0 : 1);
      boolean suggested =
          http.get("/api/suggest?size=50&prefix=" + word(n)).body().contains(title(n));
      deletedSuggested += gone && suggested ? 1 : 0;
      assertThat(suggested).as("suggested: " + title(n)).isEqualTo(!gone);
      assertThat(exported.contains("10.5555~load." + n)).as("exported: " + n).isEqualTo(!gone);
    }
    System.out.println("deleted papers still suggested: " + deletedSuggested);
  }

  private static String title(int n) {
    return "Silicon anodes under load " + word(n);
  }

  /** Posts paper {@code n}; it must be found by its word as soon as the call returns. */
  private static void write(int n, List<String> failures) throws Exception {
    String record =
        "{\"doi\": \"10.5555/load."
            + n
            + "\", \"title\": \""
            + title(n)
            + "\", \"abstract\": \"Micro-sized"
            + " silicon with a PAA binder, written while searches run.\", \"year\": 2025}";
    int status = http.postJson(record, TOKEN).status();
    int found = http.get("/api/search?q=" + word(n)).json().get("total").asInt();
    if (status != 201 || found != 1) {
      failures.add("paper " + n + ": POST " + status + ", then found " + found + " times");
    }
  }

  /**
   * Deletes paper {@code n}; it must be gone from search and suggestions as soon as the call
   * returns.
   */
  private static void delete(int n, List<String> failures) throws Exception {
    int status = http.delete("10.5555~load." + n, TOKEN).status();
    int found = http.get("/api/search?q=" + word(n)).json().get("total").asInt();
    boolean suggested =
        http.get("/api/suggest?size=50&prefix=" + word(n)).body().contains(title(n));
    if (status != 204 || found != 0 || suggested) {
      failures.add(
          "paper "
              + n
              + ": DELETE "
              + status
              + ", then found "
              + found
              + " times, suggested "
              + suggested);
    }
  }

  private static String id(String jsonLine) {
    try {
      JsonNode n = JSON.readTree(jsonLine);
      return n.get("id").asText();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

package org.anodex.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.anodex.Fixtures;
import org.anodex.cli.Anodex;
import org.anodex.index.LuceneIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Writes through the API: the token, near-real-time visibility, upload limits, ingest --server. */
class WritesApiTest {
  private static final String TOKEN = "s3cret-token";
  private static LuceneIndex index;
  private static Http http;

  @BeforeAll
  static void start() throws Exception {
    index =
        LuceneIndex.openForWriting(Files.createTempDirectory("anodex-writes"), Fixtures.schema());
    http =
        new Http(
            index,
            Map.of(
                "anodex.token",
                TOKEN,
                "anodex.max-upload-mb",
                1,
                "anodex.cors",
                "http://notebooks.example"));
  }

  @AfterAll
  static void stop() throws Exception {
    http.close();
    index.close();
  }

  @Test
  void writesWithoutTheRightTokenAre401AndWriteNothing() throws Exception {
    Http.Answer none = http.postJson("{\"title\": \"Sneaky\", \"doi\": \"10.5555/w.0\"}", null);
    assertThat(none.status()).isEqualTo(401);
    assertThat(none.header("www-authenticate")).isEqualTo("Bearer");
    assertThat(none.contentType()).startsWith("application/problem+json");
    assertThat(http.postJson("{\"title\": \"Sneaky\"}", "wrong").status()).isEqualTo(401);
    assertThat(http.delete("10.5555~w.0", "wrong").status()).isEqualTo(401);
    assertThat(http.get("/api/search?q=sneaky").json().get("total").asInt()).isZero();
  }

  @Test
  void aPostedRecordIsSearchableWhenTheCallReturnsAndADeleteRemovesIt() throws Exception {
    Http.Answer post =
        http.postJson(
            "{\"doi\": \"10.5555/w.1\", \"title\": \"Micro-sized silicon anodes with PAA binder\","
                + " \"abstract\": \"A study of PAA binder for micro-sized silicon.\", \"year\": 2025}",
            TOKEN);
    assertThat(post.status()).isEqualTo(201);
    assertThat(post.json().get("ids").get(0).asText()).isEqualTo("10.5555~w.1");

    JsonNode found =
        http.get("/api/search?q=" + Http.enc("micro-sized silicon") + "&filter=binder:PAA").json();
    assertThat(found.get("total").asInt()).isEqualTo(1);
    assertThat(
            http.get("/api/papers/10.5555~w.1")
                .json()
                .get("topics")
                .get("material")
                .get(0)
                .get("value")
                .asText())
        .isEqualTo("silicon/micro-Si");

    assertThat(
            http.postJson(
                    "{\"doi\": \"10.5555/w.1\", \"title\": \"Micro-sized silicon anodes with PAA binder\","
                        + " \"abstract\": \"A study of PAA binder for micro-sized silicon.\", \"year\": 2025}",
                    TOKEN)
                .json()
                .get("unchanged")
                .asInt())
        .isEqualTo(1);
    assertThat(http.delete("10.5555/W.1", TOKEN).status())
        .as("a DOI as pasted names its paper")
        .isEqualTo(204);
    assertThat(http.get("/api/papers/10.5555~w.1").status()).isEqualTo(404);
    assertThat(http.delete("10.5555~w.1", TOKEN).status()).isEqualTo(404);
  }

  @Test
  void anUploadedFileIsParsedLikeAnIngestedOne() throws Exception {
    byte[] html = Files.readAllBytes(Fixtures.resource("bad-input/good-paper.html"));
    Http.Answer up = http.upload("good-paper.html", html, TOKEN);
    assertThat(up.status()).isIn(200, 201);
    assertThat(http.get("/api/papers/10.5555~anodex.test.0001").json().get("format").asText())
        .isEqualTo("html");
  }

  @Test
  void unreadableAndOversizedUploadsAreRefusedWithTheirStatus() throws Exception {
    Http.Answer unknown =
        http.upload(
            "unknown.xyz", Files.readAllBytes(Fixtures.resource("bad-input/unknown.xyz")), TOKEN);
    assertThat(unknown.status()).isEqualTo(415);
    assertThat(unknown.json().get("detail").asText()).contains("nothing could be read");

    Http.Answer big = http.upload("big.txt", new byte[2 * 1024 * 1024], TOKEN);
    assertThat(big.status()).isEqualTo(413);
    assertThat(big.contentType()).startsWith("application/problem+json");
  }

  @Test
  void uploadsWithHostileNamesAreReadOrRefusedAndLeaveNoTemporaryFiles() throws Exception {
    byte[] record =
        "{\"title\": \"Hostile names keep silicon anodes\"}"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    java.util.Set<String> before = uploadsInTmp();
    for (String name :
        new String[] {
          "..",
          ".",
          "/",
          "",
          "a\u0000b.json",
          "../../etc/x.json",
          "..\\win.json",
          "x".repeat(300) + ".json",
          "\u00e9".repeat(300),
          "\uD83D\uDD0B".repeat(200) + ".json",
          "r\u202Eevil.json"
        }) {
      Http.Answer a = http.upload(name, record, TOKEN);
      assertThat(a.status()).as(name).isIn(200, 201, 415);
      if (a.status() == 415) {
        assertThat(a.contentType()).as(name).startsWith("application/problem+json");
      }
    }
    assertThat(PaperController.uploadName("../../etc/passwd")).isEqualTo("passwd");
    assertThat(PaperController.uploadName("..")).isEqualTo("upload");
    assertThat(PaperController.uploadName("x".repeat(300) + ".json"))
        .hasSize(PaperController.MAX_NAME)
        .endsWith(".json");
    long deadline =
        System.currentTimeMillis() + 2000; // another build's upload may be passing through /tmp
    java.util.Set<String> left = uploadsInTmp();
    while (!before.containsAll(left) && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
      left = uploadsInTmp();
    }
    left.removeAll(before);
    assertThat(left).as("temporary uploads left behind").isEmpty();
  }

  private static java.util.Set<String> uploadsInTmp() throws java.io.IOException {
    try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith("anodex-upload"))
          .collect(java.util.stream.Collectors.toCollection(java.util.HashSet::new));
    }
  }

  @Test
  void corsLetsAConfiguredNotebookOriginRead() throws Exception {
    Http.Answer r = http.get("/api/search?q=silicon", "Origin", "http://notebooks.example");
    assertThat(r.header("access-control-allow-origin")).isEqualTo("http://notebooks.example");
    Http.Answer other = http.get("/api/search?q=silicon", "Origin", "http://evil.example");
    assertThat(other.header("access-control-allow-origin")).isEmpty();
  }

  @Test
  void ingestWithServerSendsAWholeFolderThroughTheApi() throws Exception {
    String url = "http://localhost:" + http.port();
    Path folder = Fixtures.resource("formats");
    int status = Anodex.run("ingest", "--server", url, "--token", TOKEN, folder.toString());
    assertThat(status).isEqualTo(3); // escapes.bib holds one broken entry, named in the summary
    assertThat(http.get("/api/papers/k-novak2017").status()).isEqualTo(200);
    assertThat(http.get("/api/papers/10.5555~anodex.test.bib2").status()).isEqualTo(200);
    assertThat(Anodex.run("ingest", "--server", url, "--token", "wrong", folder.toString()))
        .isNotZero();
  }

  @Test
  void withoutAConfiguredTokenWritesAre403() throws Exception {
    try (Http readOnly = new Http(index, Map.of())) {
      Http.Answer r = readOnly.postJson("{\"title\": \"x\"}", "anything");
      assertThat(r.status()).isEqualTo(403);
      assertThat(r.json().get("detail").asText()).contains("ANODEX_TOKEN");
    }
  }
}

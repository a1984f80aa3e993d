package org.anodex.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.anodex.Fixtures;
import org.anodex.index.LuceneIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The web UI's files as the server serves them (no browser): content types, and no inline code. */
class WebAssetsTest {
  private static final Path PUBLIC = Path.of("src/main/resources/public");
  private static LuceneIndex index;
  private static UiServer server;

  @BeforeAll
  static void start() throws Exception {
    index =
        LuceneIndex.openForWriting(Files.createTempDirectory("anodex-assets"), Fixtures.schema());
    server = new UiServer(index, Map.of());
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    index.close();
  }

  @Test
  void theRootIsTheHtmlPageAndItsModulesAreJavaScript() throws Exception {
    HttpResponse<String> root = server.get("/");
    assertThat(root.statusCode()).isEqualTo(200);
    assertThat(root.headers().firstValue("content-type").orElse("")).startsWith("text/html");
    assertThat(root.body()).contains("<script type=\"module\" src=\"js/main.js\">");

    List<String> modules;
    try (Stream<Path> files = Files.list(PUBLIC.resolve("js"))) {
      modules =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".js"))
              .sorted()
              .toList();
    }
    assertThat(modules)
        .contains(
            "main.js",
            "api.js",
            "state.js",
            "dom.js",
            "facets.js",
            "results.js",
            "paper.js",
            "suggest.js");
    for (String module : modules) {
      HttpResponse<String> js = server.get("/js/" + module);
      assertThat(js.statusCode()).as(module).isEqualTo(200);
      assertThat(js.headers().firstValue("content-type").orElse(""))
          .as(module)
          .matches("(application|text)/javascript.*");
    }
    assertThat(server.get("/app.css").headers().firstValue("content-type").orElse(""))
        .startsWith("text/css");
  }

  /**
   * The chart library comes from the jar, as its minified build alone (the WebJar's other 8 MB stay
   * out).
   */
  @Test
  void theChartLibraryIsServedFromTheJarAsItsMinifiedBuildOnly() throws Exception {
    HttpResponse<String> echarts = server.get("/vendor/echarts/echarts.common.min.js");
    assertThat(echarts.statusCode()).isEqualTo(200);
    assertThat(echarts.headers().firstValue("content-type").orElse(""))
        .matches("(application|text)/javascript.*");
    assertThat(echarts.body())
        .contains("Licensed to the Apache Software Foundation")
        .contains("echarts");
    try (Stream<Path> files = Files.list(Path.of("target/classes/public/vendor/echarts"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("echarts.common.min.js", "LICENSE", "NOTICE");
    }
    assertThat(server.get("/vendor/echarts/echarts.js").statusCode()).isEqualTo(404);
  }

  @Test
  void theApiHealthAndOpenApiStillAnswerBesideTheUi() throws Exception {
    HttpResponse<String> search = server.get("/api/search?q=silicon");
    assertThat(search.statusCode()).isEqualTo(200);
    assertThat(search.headers().firstValue("content-type").orElse(""))
        .startsWith("application/json");
    assertThat(server.get("/api/nosuch").headers().firstValue("content-type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(server.get("/health").statusCode()).isEqualTo(200);
    assertThat(server.get("/openapi/anodex-0.1.yml").statusCode()).isEqualTo(200);
  }

  @Test
  void thePageHasNoInlineHandlersScriptsOrStylesAndAContentSecurityPolicy() throws Exception {
    String html = server.get("/").body();
    assertThat(Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE).matcher(html).find())
        .as("inline handler")
        .isFalse();
    assertThat(
            Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE)
                .matcher(html)
                .find())
        .as("inline script")
        .isFalse();
    assertThat(
            Pattern.compile("<script[^>]*>\\s*[^<\\s]", Pattern.CASE_INSENSITIVE)
                .matcher(html)
                .find())
        .as("script body")
        .isFalse();
    assertThat(html).doesNotContain("<style").doesNotContainPattern("\\sstyle\\s*=");
    assertThat(html)
        .contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'\">");
  }

  @Test
  void theModulesNeverWriteHtml() throws Exception {
    try (Stream<Path> files = Files.list(PUBLIC.resolve("js"))) {
      for (Path js : files.toList()) {
        String code = Files.readString(js);
        assertThat(code)
            .as(js.toString())
            .doesNotContain(
                ".innerHTML", ".outerHTML", "insertAdjacentHTML", "document.write", "eval(");
      }
    }
  }
}

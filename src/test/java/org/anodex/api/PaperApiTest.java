package org.anodex.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.anodex.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /api/papers/{id}} over the shipped sample data, named the ways users name papers. */
class PaperApiTest {
  private static final String ID = "10.5555~anodex.2024.0001";
  private static Http http;

  @BeforeAll
  static void start() {
    http = new Http(Fixtures.sample().index());
  }

  @AfterAll
  static void stop() {
    http.close();
  }

  @Test
  void aPaperIsFoundByItsIdAndByItsDoiAsUsersPasteIt() throws Exception {
    for (String name :
        new String[] {
          ID,
          "10.5555/anodex.2024.0001",
          "10.5555%2Fanodex.2024.0001",
          "10.5555/ANODEX.2024.0001",
          "https://doi.org/10.5555/anodex.2024.0001",
          "doi:10.5555/anodex.2024.0001"
        }) {
      Http.Answer a = http.get("/api/papers/" + name);
      assertThat(a.status()).as(name).isEqualTo(200);
      assertThat(a.json().get("id").asText()).as(name).isEqualTo(ID);
    }
    JsonNode similar = http.get("/api/papers/10.5555/anodex.2024.0001/similar?size=3").json();
    assertThat(similar.get("id").asText()).isEqualTo(ID);
    assertThat(similar.get("hits")).hasSize(3);
    similar.get("hits").forEach(h -> assertThat(h.get("id").asText()).isNotEqualTo(ID));

    Http.Answer file = http.get("/api/papers/10.5555/anodex.2024.0001/file");
    assertThat(file.status()).isEqualTo(200);
    assertThat(file.contentType()).isEqualTo("application/pdf");
    assertThat(http.get("/api/papers/" + ID).json().get("file_url").asText())
        .isEqualTo("/api/papers/" + ID + "/file");
    assertThat(http.get("/api/papers/" + ID).body())
        .as("no path on the server's disk")
        .doesNotContain(Path.of("sample-data").toAbsolutePath().toString());
  }

  @Test
  void theOpenApiDocumentDescribesEveryParameterAndNamesTheLicenseThatShips() throws Exception {
    JsonNode doc =
        new ObjectMapper(new YAMLFactory()).readTree(http.get("/openapi/anodex-0.1.yml").body());
    assertThat(doc.at("/info/license/name").asText()).isEqualTo("Apache-2.0");
    assertThat(Files.readString(Path.of("LICENSE"))).contains("Apache License", "Version 2.0");
    JsonNode paths = doc.get("paths");
    List<String> undescribed = new ArrayList<>();
    paths
        .fields()
        .forEachRemaining(
            p ->
                p.getValue()
                    .fields()
                    .forEachRemaining(
                        op ->
                            op.getValue()
                                .path("parameters")
                                .forEach(
                                    param -> {
                                      if (param.path("description").asText().isBlank()) {
                                        undescribed.add(
                                            p.getKey() + " " + param.get("name").asText());
                                      }
                                    })));
    assertThat(undescribed).isEmpty();
    JsonNode search = paths.at("/~1api~1search/get/parameters");
    for (JsonNode param : search) {
      String name = param.get("name").asText();
      assertThat(param.path("required").asBoolean(false)).as(name).isFalse();
      if (name.equals("filter") || name.equals("range")) {
        assertThat(param.get("explode").asBoolean())
            .as(name + " is repeated, not comma-joined")
            .isTrue();
      }
    }
    JsonNode paper = paths.at("/~1api~1papers~1{id}/get");
    assertThat(paper.isMissingNode()).as("/api/papers/{id} is documented").isFalse();
    JsonNode include = null;
    for (JsonNode param : paper.path("parameters")) {
      if (param.get("name").asText().equals("include")) {
        include = param;
      }
    }
    assertThat(include).isNotNull();
    assertThat(include.path("required").asBoolean(false)).isFalse();
  }

  @Test
  void aDoiThatIsNotInTheIndexOrJunkIsA404() throws Exception {
    for (String name :
        new String[] {"10.5555/no.such.paper", "10.5555/no.such.paper/similar", "%3Cscript%3E"}) {
      Http.Answer a = http.get("/api/papers/" + name);
      assertThat(a.status()).as(name).isEqualTo(404);
      assertThat(a.contentType()).as(name).startsWith("application/problem+json");
    }
  }
}

package org.anodex.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.anodex.Fixtures;
import org.junit.jupiter.api.Test;

/** The foundation's search promise over the real full texts of ../shared (skipped where absent). */
class CorporaSearchApiTest {

  @Test
  void siliconAnodeHasMaterialBinderElectrolyteCountsAndSiOxFiltersExactly() throws Exception {
    try (Http http = new Http(Fixtures.fulltext().index())) {
      JsonNode r =
          http.get(
                  "/api/search?q="
                      + Http.enc("silicon anode")
                      + "&facets=material,binder,electrolyte")
              .json();
      assertThat(r.get("total").asInt()).isPositive();
      for (String dim : new String[] {"material", "binder", "electrolyte"}) {
        assertThat(r.get("facets").get(dim)).as(dim).isNotEmpty();
      }

      // The only SiOx in these files is a cited title in a reference list, which does not tag a
      // paper.
      JsonNode siox =
          http.get("/api/search?q=" + Http.enc("silicon anode") + "&filter=material:SiOx&size=100")
              .json();
      assertThat(siox.get("total").asInt()).isEqualTo(siox.get("hits").size());
      siox.get("hits")
          .forEach(h -> assertThat(h.get("topics").get("material").toString()).contains("SiOx"));

      JsonNode silicon =
          http.get(
                  "/api/search?q="
                      + Http.enc("silicon anode")
                      + "&filter=material:silicon&size=100")
              .json();
      assertThat(silicon.get("total").asInt()).isPositive().isLessThan(r.get("total").asInt());
      silicon
          .get("hits")
          .forEach(
              h -> assertThat(h.get("topics").get("material").toString()).contains("\"silicon"));
    }
  }
}

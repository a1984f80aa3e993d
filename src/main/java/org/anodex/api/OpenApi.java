package org.anodex.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;

/**
 * The OpenAPI document's header; the document itself is generated at build time and served at
 * /openapi/.
 */
@OpenAPIDefinition(
    info =
        @Info(
            title = "anodex",
            version = "0.1",
            description =
                "Search over battery-materials research papers: keyword search, topic facets, numeric ranges.",
            license =
                @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")))
final class OpenApi {
  private OpenApi() {}
}

package org.anodex.api;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.HashMap;
import java.util.Map;

/** Starts the HTTP server over a backend that the caller opened (and closes, after the server). */
public final class AnodexServer {
  private AnodexServer() {}

  /**
   * @param properties Micronaut and Anodex settings, e.g. {@code anodex.token}, {@code
   *     anodex.cors}, {@code anodex.max-upload-mb} (the one limit of every request body), {@code
   *     anodex.public-url} (the address links in feeds are made of; default {@code
   *     http://localhost:PORT})
   */
  public static EmbeddedServer start(Backend backend, int port, Map<String, Object> properties) {
    Map<String, Object> props = new HashMap<>(properties);
    props.put("micronaut.server.port", port);
    Object cors = props.get("anodex.cors");
    if (cors != null && !cors.toString().isBlank()) {
      props.put("micronaut.server.cors.enabled", true);
      props.put(
          "micronaut.server.cors.configurations.api.allowed-origins",
          java.util.List.of(cors.toString().split(",")));
    }
    Object upload = props.get("anodex.max-upload-mb");
    if (upload != null) {
      String size = upload + "MB";
      props.put("micronaut.server.max-request-size", size);
      props.put("micronaut.server.max-request-buffer-size", size);
      props.put("micronaut.server.multipart.max-file-size", size);
    }
    ApplicationContext ctx =
        ApplicationContext.builder()
            .singletons(
                backend.searcher(),
                backend.writes(),
                backend.taxonomy(),
                new Backend.RangeFields(backend.propertyUnits()))
            .properties(props)
            .start();
    EmbeddedServer server = ctx.getBean(EmbeddedServer.class);
    server.start();
    return server;
  }
}

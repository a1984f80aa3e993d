package org.anodex.api;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.HashMap;
import java.util.Map;
import org.anodex.search.Searcher;

/** Starts the HTTP server over a searcher that the caller opened (and closes, after the server). */
public final class AnodexServer {
  private AnodexServer() {}

  public static EmbeddedServer start(Searcher searcher, int port, Map<String, Object> properties) {
    Map<String, Object> props = new HashMap<>(properties);
    props.put("micronaut.server.port", port);
    ApplicationContext ctx = ApplicationContext.builder()
        .singletons(searcher)
        .properties(props)
        .start();
    EmbeddedServer server = ctx.getBean(EmbeddedServer.class);
    server.start();
    return server;
  }
}

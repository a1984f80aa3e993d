package org.anodex.cli;

import picocli.CommandLine.Option;

/**
 * Options of the commands that can write through a running server, which holds the index's write
 * lock.
 */
class ServerOptions {
  @Option(
      names = "--server",
      paramLabel = "URL",
      description =
          "write through a running 'anodex serve' at URL (which holds the index) instead of writing an index")
  String server;

  @Option(
      names = "--token",
      paramLabel = "T",
      description = "the server's write token (default: $ANODEX_TOKEN)")
  String token = System.getenv("ANODEX_TOKEN");

  boolean given() {
    return server != null;
  }

  ServerClient client() {
    return new ServerClient(server, token == null ? "" : token);
  }
}

package org.anodex.bench.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The load generator alone, against addresses listed in a file (one URL a line, all on one {@code
 * http://127.0.0.1:PORT}): to compare it with another client (wrk) or to look at one server.
 *
 * <pre>java -cp CLASSPATH org.anodex.bench.load.LoadCheck URLS_FILE CONNECTIONS SECONDS [WARMUP]
 * </pre>
 */
public final class LoadCheck {

  public static void main(String[] args) throws Exception {
    List<String> urls =
        Files.readAllLines(Path.of(args[0])).stream().filter(l -> !l.isBlank()).toList();
    int connections = Integer.parseInt(args[1]);
    double seconds = Double.parseDouble(args[2]);
    double warmUp = args.length > 3 ? Double.parseDouble(args[3]) : 2;
    String first = urls.get(0);
    int q = first.indexOf('?');
    int path = first.indexOf('/', "http://".length());
    Target target =
        new HttpTarget(
            first.substring(0, path),
            first.substring(path, q),
            urls.stream().map(u -> u.substring(u.indexOf('?') + 1)).toList());
    Latencies l = new ClosedLoop(warmUp, seconds).run(target, connections);
    System.out.printf(
        Locale.ROOT,
        "%d connections: %d requests, %d errors, p50 %.2f ms, p99 %.2f ms, %.0f req/s%n",
        connections,
        l.count(),
        l.errors(),
        l.percentileMs(50),
        l.percentileMs(99),
        l.perSecond());
  }
}

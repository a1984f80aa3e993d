package org.anodex.source.harvest;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * The sources a harvest can name, with each API's address and the pace its documentation asks for:
 * OpenAlex at most 10 requests a second, Crossref's polite pool 10 a second (5 without a mailto),
 * Europe PMC 10 a second, arXiv one request every 3 seconds.
 */
public final class HarvestSources {
  public static final List<String> NAMES =
      List.of(OpenAlexSource.NAME, EuropePmcSource.NAME, ArxivSource.NAME, CrossrefSource.NAME);
  private static final int TRIES = 6;
  private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);

  private HarvestSources() {}

  /**
   * @param apiUrl the API's address (null: the source's own)
   * @param interval the least time between requests (null: the source's documented pace)
   */
  public static HarvestSource of(
      String name,
      String q,
      String since,
      URI apiUrl,
      String mailto,
      Duration interval,
      Consumer<String> log) {
    String key = System.getenv("OPENALEX_API_KEY");
    return switch (name) {
      case OpenAlexSource.NAME ->
          new OpenAlexSource(
              http(name, mailto, interval, Duration.ofMillis(100), log),
              new HarvestQuery(q, since, or(apiUrl, "https://api.openalex.org")),
              mailto,
              blankToNull(key));
      case CrossrefSource.NAME ->
          new CrossrefSource(
              http(name, mailto, interval, Duration.ofMillis(mailto == null ? 200 : 100), log),
              new HarvestQuery(q, since, or(apiUrl, "https://api.crossref.org")),
              mailto);
      case EuropePmcSource.NAME ->
          new EuropePmcSource(
              http(name, mailto, interval, Duration.ofMillis(100), log),
              new HarvestQuery(
                  q, since, or(apiUrl, "https://www.ebi.ac.uk/europepmc/webservices/rest")));
      case ArxivSource.NAME ->
          new ArxivSource(
              http(name, mailto, interval, Duration.ofSeconds(3), log),
              new HarvestQuery(q, since, or(apiUrl, "https://export.arxiv.org")));
      default ->
          throw new IllegalArgumentException(
              "unknown source '" + name + "' (known: " + String.join(", ", NAMES) + ", or doi)");
    };
  }

  /** Papers by DOI, looked up in OpenAlex fifty at a time. */
  public static HarvestSource dois(
      List<String> dois, URI apiUrl, String mailto, Duration interval, Consumer<String> log) {
    PoliteHttp http = http(OpenAlexSource.NAME, mailto, interval, Duration.ofMillis(100), log);
    return new DoiListSource(
        dois,
        batch ->
            OpenAlexSource.byDois(
                http,
                new HarvestQuery(null, null, or(apiUrl, "https://api.openalex.org")),
                mailto,
                blankToNull(System.getenv("OPENALEX_API_KEY")),
                batch));
  }

  /**
   * The fetcher of downloads (open-access PDFs): no faster than one a second, to be kind to
   * publishers.
   */
  public static PoliteHttp downloads(String mailto, Duration interval, Consumer<String> log) {
    return http("download", mailto, interval, Duration.ofSeconds(1), log);
  }

  private static PoliteHttp http(
      String name, String mailto, Duration interval, Duration documented, Consumer<String> log) {
    return new PoliteHttp(
        name, mailto, interval != null ? interval : documented, TRIES, FIRST_BACKOFF, log);
  }

  private static URI or(URI apiUrl, String fallback) {
    return apiUrl != null ? apiUrl : URI.create(fallback);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}

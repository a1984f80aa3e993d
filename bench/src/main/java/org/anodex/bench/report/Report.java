package org.anodex.bench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.anodex.bench.load.Latencies;

/**
 * The measured table of one corpus size, as Markdown: latency per class and system, ratios, costs.
 */
public final class Report {
  public static final String FLOOR = "floor", ANODEX = "anodex", SOLR = "solr";

  /** The connection count under which a class's first pass (each query once, cold) is filed. */
  public static final int FIRST_PASS = 0;

  private final long papers;
  private final String header;
  private final Map<String, Latencies> runs = new LinkedHashMap<>();
  private final List<String> categories = new ArrayList<>();
  private final List<SystemFacts> facts = new ArrayList<>();
  private final List<Integer> connections;
  private final List<String> systems;

  public Report(long papers, String header, List<Integer> connections, List<String> systems) {
    this.papers = papers;
    this.header = header;
    this.connections = connections;
    this.systems = systems;
  }

  public void add(String category, String system, int conns, Latencies l) {
    if (!categories.contains(category)) {
      categories.add(category);
    }
    runs.put(key(category, system, conns), l);
  }

  public void add(SystemFacts f) {
    facts.add(f);
  }

  private static String key(String category, String system, int conns) {
    return category + "/" + system + "/" + conns;
  }

  public String markdown() {
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "### %,d papers%n%n%s%n%n", papers, header));
    s.append("| class | system | first pass p50 |");
    for (int c : connections) {
      s.append(String.format(" p50 @%d | p99 @%d | req/s @%d |", c, c, c));
    }
    s.append("\n|---|---|---:|").append("---:|---:|---:|".repeat(connections.size())).append('\n');
    for (String cat : categories) {
      for (String sys : systems) {
        s.append("| ").append(cat).append(" | ").append(sys).append(" |");
        Latencies first = runs.get(key(cat, sys, FIRST_PASS));
        s.append(' ').append(first == null ? "" : ms(first.percentileMs(50))).append(" |");
        for (int c : connections) {
          Latencies l = runs.get(key(cat, sys, c));
          if (l == null) {
            s.append(" | | |");
          } else {
            s.append(
                String.format(
                    Locale.ROOT,
                    " %s | %s | %.0f%s |",
                    ms(l.percentileMs(50)),
                    ms(l.percentileMs(99)),
                    l.perSecond(),
                    l.errors() > 0 ? " (" + l.errors() + " errors)" : ""));
          }
        }
        s.append('\n');
      }
    }
    if (systems.contains(ANODEX)) {
      ratios(s);
    }
    costs(s);
    return s.toString();
  }

  private void ratios(StringBuilder s) {
    s.append(
        "\nRatios (Anodex / peer; latency ratio > 1: Anodex slower, throughput ratio < 1: Anodex slower):\n\n");
    s.append("| class | Anodex |");
    for (String peer : List.of(SOLR, FLOOR)) {
      for (int c : connections) {
        s.append(String.format(" p50 / %s @%d |", peer, c));
      }
      s.append(String.format(" req/s / %s @%d |", peer, connections.get(connections.size() - 1)));
    }
    s.append("\n|---|---|").append("---:|".repeat(2 * (connections.size() + 1))).append('\n');
    for (String cat : categories) {
      s.append("| ").append(cat).append(" | ").append(ANODEX).append(" |");
      for (String peer : List.of(SOLR, FLOOR)) {
        for (int c : connections) {
          s.append(' ').append(ratio(cat, ANODEX, peer, c, true)).append(" |");
        }
        s.append(' ')
            .append(ratio(cat, ANODEX, peer, connections.get(connections.size() - 1), false))
            .append(" |");
      }
      s.append('\n');
    }
  }

  private void costs(StringBuilder s) {
    s.append(
        "\n| system | ingest | records/s | ingest peak RSS | index on disk | start-up to first answer | heap used | RSS |\n");
    s.append("|---|---:|---:|---:|---:|---|---:|---:|\n");
    for (SystemFacts f : facts) {
      s.append(
          String.format(
              Locale.ROOT,
              "| %s | %.1f s | %,.0f | %s | %.1f MB | %.2f s (%s) | %s | %s |%n",
              f.system(),
              f.ingestSeconds(),
              f.ingestPerSecond(),
              mb(f.ingestPeakRssMb()),
              f.indexBytes() / 1e6,
              f.startSeconds(),
              f.startNote(),
              mb(f.heapUsedMb()),
              mb(f.rssMb())));
    }
  }

  private String ratio(String cat, String anodex, String peer, int c, boolean latency) {
    Latencies a = runs.get(key(cat, anodex, c));
    Latencies p = runs.get(key(cat, peer, c));
    if (a == null || p == null) {
      return "";
    }
    double r = latency ? a.percentileMs(50) / p.percentileMs(50) : a.perSecond() / p.perSecond();
    return String.format(Locale.ROOT, "%.2f", r);
  }

  private static String ms(double v) {
    return v < 10
        ? String.format(Locale.ROOT, "%.2f ms", v)
        : String.format(Locale.ROOT, "%.1f ms", v);
  }

  private static String mb(double v) {
    return v < 0 ? "n/a" : String.format(Locale.ROOT, "%.0f MB", v);
  }
}

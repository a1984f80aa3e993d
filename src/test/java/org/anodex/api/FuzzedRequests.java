package org.anodex.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * Requests a careless user or an attacker would send, generated from a seed: query syntax, unicode,
 * control characters, sizes, cursors, ids, parameters, JSON records and upload names. Request
 * {@code n} of seed {@code s} is always the same request.
 */
final class FuzzedRequests {
  /**
   * One request: method, path with its query (percent-encoded), body (or null) and its content
   * type.
   */
  record Request(String method, String path, byte[] body, String contentType) {
    @Override
    public String toString() {
      String b =
          body == null
              ? ""
              : " body "
                  + body.length
                  + " bytes: "
                  + new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8)
                      .replaceAll("\\p{Cntrl}", "?");
      return method + " " + (path.length() > 400 ? path.substring(0, 400) + "…" : path) + b;
    }
  }

  private static final String[] WORDS = {
    "silicon",
    "anode",
    "PAA",
    "binder",
    "Si/C",
    "PEDOT:PSS",
    "a-Si:H",
    "LiPF6",
    "SiOx",
    "FEC",
    "micro-sized",
    "1,500",
    "mAh/g",
    "MEK 1/2",
    "graphite",
    "Li-S",
    "nano",
    "x",
    "the",
    "é",
    "硅",
    "κ-carrageenan",
    "Li₂S",
    "Δ",
    "10.1002/aenm.2020",
    "ﬁlm"
  };
  private static final String[] SYNTAX = {
    "AND",
    "OR",
    "NOT",
    "+",
    "-",
    "!",
    "\"",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "~",
    "~2",
    "~0.5",
    "~99",
    "*",
    "?",
    "^",
    "^2",
    "^-1",
    "\\",
    ":",
    "/",
    "&&",
    "||",
    "TO",
    "title:",
    "author:",
    "doi:",
    "journal:",
    "keyword:",
    "abstract:",
    "body:",
    "id:",
    "foo:",
    "_exists_:",
    "*:*",
    "sil*",
    "si*con",
    "silicon~2",
    "anod?",
    "\"silicon anode\"~3",
    "\"a b\"~1000000",
    "{a TO z}",
    "[2020 TO 2025]",
    "/sil.*/"
  };
  private static final String[] ODD = {
    "\uFFFD",
    "\u200B",
    "\u202E",
    "\uFEFF",
    "\u0000",
    "\u0001",
    "\u001B",
    "\u007F",
    "\t",
    "\n",
    "\r\n",
    "\uD83D\uDD0B",
    "\u0301",
    "\u00A0",
    "\u2028",
    "%",
    "%25",
    "&",
    "=",
    "#",
    "'",
    "<script>",
    "\uD800",
    "\uDFFF",
    "\uFFFF",
    "\u0085"
  };
  private static final String[] DIMENSIONS = {
    "material",
    "binder",
    "electrolyte",
    "year",
    "journal",
    "format",
    "nonsense",
    "",
    "material:silicon",
    "MATERIAL"
  };
  private static final String[] RANGE_FIELDS = {
    "year", "specific_capacity", "capacity_retention", "cycles", "nonsense", ""
  };
  private static final String[] PATHS = {
    "/api/search",
    "/api/search",
    "/api/search",
    "/api/search",
    "/api/export",
    "/api/feed",
    "/api/suggest",
    "/api/papers/",
    "/api/facets",
    "/",
    "/index.html",
    "/openapi/",
    "/health"
  };
  static final String[] IDS = {
    "10.5555~anodex.test.0001",
    "k-novak2017",
    "..",
    ".",
    "%2e%2e",
    "%00",
    "%2F",
    "a%2Fb",
    "~",
    "-",
    "id%20with%20space",
    "x".repeat(3000),
    "%E2%80%AE",
    "%FF",
    "10.1002~aenm",
    "null"
  };

  private final long seed;

  FuzzedRequests(long seed) {
    this.seed = seed;
  }

  Request request(int n, List<String> cursors) {
    Random r = new Random(seed * 1_000_003L + n);
    int kind = r.nextInt(100);
    if (kind < 4) {
      return record(r);
    }
    if (kind < 7) {
      return upload(r);
    }
    if (kind < 9) {
      return new Request("DELETE", "/api/papers/" + pick(r, IDS), null, null);
    }
    if (kind < 11) {
      return new Request(
          pick(r, new String[] {"PUT", "PATCH", "POST", "DELETE", "OPTIONS", "HEAD"}),
          pick(r, PATHS),
          r.nextBoolean() ? null : bytes(text(r, 50)),
          "application/json");
    }
    String path = pick(r, PATHS);
    if (path.equals("/api/papers/")) {
      path +=
          pick(r, IDS)
              + (r.nextBoolean()
                  ? "/similar?size=" + number(r)
                  : r.nextBoolean() ? "?include=body" : "");
      return new Request("GET", path, null, null);
    }
    if (path.equals("/api/suggest")) {
      return new Request(
          "GET",
          path + "?prefix=" + enc(text(r, 30)) + (r.nextBoolean() ? "&size=" + number(r) : ""),
          null,
          null);
    }
    StringBuilder q = new StringBuilder(path).append('?');
    if (r.nextInt(10) > 0) {
      q.append("q=").append(enc(query(r)));
    }
    int params = r.nextInt(5);
    for (int i = 0; i < params; i++) {
      q.append('&').append(parameter(r, cursors));
    }
    return new Request("GET", q.toString(), null, null);
  }

  private static String query(Random r) {
    int size = r.nextInt(20) == 0 ? 300 + r.nextInt(500) : 1 + r.nextInt(8);
    StringBuilder q = new StringBuilder();
    for (int i = 0; i < size && q.length() < 2100; i++) {
      int k = r.nextInt(10);
      String part =
          k < 4 ? pick(r, WORDS) : k < 8 ? pick(r, SYNTAX) : k < 9 ? pick(r, ODD) : text(r, 12);
      q.append(r.nextInt(4) == 0 ? "" : " ").append(part);
    }
    return q.toString();
  }

  private static String parameter(Random r, List<String> cursors) {
    return switch (r.nextInt(13)) {
      case 0 ->
          "filter=" + enc(pick(r, DIMENSIONS) + (r.nextBoolean() ? ":" : "") + pick(r, WORDS));
      case 1 ->
          "range="
              + enc(
                  pick(r, RANGE_FIELDS)
                      + ":"
                      + number(r)
                      + ".."
                      + (r.nextBoolean() ? number(r) : "")
                      + (r.nextInt(4) == 0 ? "@cycles:" + number(r) + ".." : ""));
      case 2 -> "facets=" + enc(pick(r, DIMENSIONS) + "," + pick(r, DIMENSIONS));
      case 3 -> "facet_size=" + number(r);
      case 4 ->
          "sort="
              + pick(
                  r, new String[] {"relevance", "date", "-date", "-citations", "", "x", "date%00"});
      case 5 -> "size=" + number(r);
      case 6 -> "page=" + number(r);
      case 7 -> "cursor=" + enc(cursor(r, cursors));
      case 8 -> "highlight=" + pick(r, new String[] {"true", "false", "yes", "", "1", "%00"});
      case 9 -> "rank=" + pick(r, new String[] {"hybrid", "words", "meaning", "", "HYBRID"});
      case 10 ->
          "format="
              + pick(r, new String[] {"csv", "jsonl", "bibtex", "ris", "xls", "", "CSV", "../etc"});
      case 11 -> "histograms=" + enc(pick(r, RANGE_FIELDS) + "," + pick(r, RANGE_FIELDS));
      default -> enc(text(r, 8)) + "=" + enc(text(r, 8));
    };
  }

  private static String cursor(Random r, List<String> cursors) {
    String known;
    synchronized (cursors) {
      known = cursors.isEmpty() ? null : cursors.get(r.nextInt(cursors.size()));
    }
    return switch (r.nextInt(5)) {
      case 0, 1 -> known != null ? known : "";
      case 2 ->
          known != null && known.length() > 4
              ? known.substring(0, known.length() - 3) + "AAA"
              : "x";
      case 3 ->
          Base64.getUrlEncoder()
              .encodeToString(
                  ("{\"snapshot\":"
                          + number(r)
                          + ",\"search\":\"x\",\"doc\":"
                          + number(r)
                          + ",\"after\":["
                          + number(r)
                          + ",\""
                          + text(r, 5)
                          + "\"]}")
                      .getBytes(StandardCharsets.UTF_8));
      default -> text(r, 40);
    };
  }

  private static Request record(Random r) {
    String json =
        switch (r.nextInt(6)) {
          case 0 ->
              "{\"title\": \""
                  + jsonEscape(query(r))
                  + "\", \"doi\": \"10.5555/fuzz."
                  + r.nextInt(50)
                  + "\"}";
          case 1 ->
              "{\"title\": \""
                  + jsonEscape(text(r, 30))
                  + "\", \"abstract\": \""
                  + jsonEscape(query(r))
                  + "\", \"year\": "
                  + number(r)
                  + ", \"authors\": [\""
                  + jsonEscape(text(r, 10))
                  + "\"]}";
          case 2 -> "[".repeat(1 + r.nextInt(3000));
          case 3 -> "{\"title\": " + number(r) + ", \"year\": \"" + jsonEscape(text(r, 5)) + "\"}";
          case 4 -> text(r, 100);
          default -> "{\"title\": \"ok\", \"year\": 1" + "0".repeat(400) + "}";
        };
    return new Request("POST", "/api/papers", bytes(json), "application/json");
  }

  private static Request upload(Random r) {
    String name =
        switch (r.nextInt(8)) {
          case 0 -> "..";
          case 1 -> "/";
          case 2 -> "a\u0000b.json";
          case 3 -> "x".repeat(200 + r.nextInt(200)) + ".bib";
          case 4 -> "../../" + text(r, 10) + ".ris";
          default ->
              text(r, 20)
                  + pick(
                      r,
                      new String[] {".json", ".bib", ".ris", ".txt", ".html", ".pdf", ".xml", ""});
        };
    byte[] content =
        r.nextBoolean()
            ? bytes("{\"title\": \"" + jsonEscape(text(r, 20)) + "\"}")
            : randomBytes(r);
    return new Request("POST", "/api/papers", content, "multipart:" + name);
  }

  private static byte[] randomBytes(Random r) {
    byte[] b = new byte[r.nextInt(2000)];
    r.nextBytes(b);
    return b;
  }

  /** Letters, unicode, syntax and control characters, {@code max} at most. */
  private static String text(Random r, int max) {
    StringBuilder s = new StringBuilder();
    int n = r.nextInt(max + 1);
    for (int i = 0; i < n; i++) {
      int k = r.nextInt(10);
      s.append(
          k < 5
              ? (char) ('a' + r.nextInt(26))
              : k < 7
                  ? pick(r, ODD)
                  : k < 9 ? (char) (0x20 + r.nextInt(0x5f)) : (char) r.nextInt(0x3000));
    }
    return s.toString();
  }

  private static String number(Random r) {
    return pick(
        r,
        new String[] {
          "0",
          "1",
          "-1",
          "10",
          "100",
          "101",
          "1000",
          "10001",
          "2147483647",
          "2147483648",
          "-2147483649",
          "99999999999999999999",
          "1e3",
          "0x10",
          "NaN",
          "",
          "%205",
          "1.5",
          String.valueOf(r.nextInt(200))
        });
  }

  private static String jsonEscape(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      out.append(
          c == '"' || c == '\\'
              ? "\\" + c
              : c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return out.toString();
  }

  private static String enc(String s) {
    return Http.enc(s);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static <T> T pick(Random r, T[] from) {
    return from[r.nextInt(from.length)];
  }

  static List<String> rawRequestLines() {
    List<String> lines = new ArrayList<>();
    for (String q :
        new String[] {"%", "%zz", "%FF%FE", "%ED%A0%80", "%C0%AF", "%00", "a%", "%%%"}) {
      lines.add("GET /api/search?q=" + q + " HTTP/1.1");
      lines.add("GET /api/papers/" + q + " HTTP/1.1");
      lines.add("GET /api/suggest?prefix=" + q + " HTTP/1.1");
    }
    lines.add("GET /api/search?q=silicon&q=anode&size=1&size=2 HTTP/1.1");
    lines.add("GET /api/search?" + "filter=material:silicon&".repeat(2000) + " HTTP/1.1");
    lines.add("GET /" + "a/".repeat(3000) + " HTTP/1.1");
    lines.add("GET /api/search?q=" + "x".repeat(9000) + " HTTP/1.1");
    lines.add("GET http://evil.example/api/feed HTTP/1.1");
    lines.add("GET /../../etc/passwd HTTP/1.1");
    lines.add("GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1");
    return lines;
  }
}

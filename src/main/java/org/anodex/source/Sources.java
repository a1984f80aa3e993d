package org.anodex.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anodex.source.tika.ParserProcesses;

/**
 * Chooses the source that reads a file: record formats by extension (JSON/JSON Lines, BibTeX, RIS),
 * publisher XML by its root element (JATS, Elsevier, PubMed), and Tika for everything else.
 */
public final class Sources implements AutoCloseable {
  private static final Pattern ROOT = Pattern.compile("<([A-Za-z_][\\w:.-]*)[\\s>/]");

  private final JsonRecordSource json;
  private final BibtexSource bibtex = new BibtexSource();
  private final RisSource ris = new RisSource();
  private final ParserProcesses parsers;
  private final TikaSource tika;

  public Sources(RecordFields fields, ParserProcesses.Limits limits, long maxBytes) {
    this.json = new JsonRecordSource(fields);
    this.parsers = new ParserProcesses(limits);
    this.tika = new TikaSource(parsers, maxBytes);
  }

  public PaperSource forFile(Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
      return json;
    }
    if (name.endsWith(".bib") || name.endsWith(".bibtex")) {
      return bibtex;
    }
    if (name.endsWith(".ris")) {
      return ris;
    }
    if (name.endsWith(".xml") || name.endsWith(".nxml") || name.endsWith(".norm-xml")) {
      XmlArticleSource.Dialect dialect = sniffXml(file);
      if (dialect != null) {
        return new XmlArticleSource(dialect);
      }
    }
    return tika;
  }

  /** The article dialect of an XML file, from its root element, or null for other XML. */
  static XmlArticleSource.Dialect sniffXml(Path file) throws IOException {
    byte[] buf = new byte[8192];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(buf, 0, buf.length);
    }
    String head = new String(buf, 0, n, StandardCharsets.UTF_8);
    String body =
        head.replaceAll("(?s)<\\?.*?\\?>|<!--.*?-->|<!DOCTYPE[^\\[>]*(\\[.*?\\])?\\s*>", "");
    Matcher m = ROOT.matcher(body);
    return m.find() ? XmlArticleSource.dialectOf(m.group(1), head) : null;
  }

  @Override
  public void close() {
    parsers.close();
  }
}

package org.anodex.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.anodex.paper.Paper;
import org.anodex.source.tika.ParseFailedException;
import org.anodex.source.tika.ParsedFile;
import org.anodex.source.tika.ParserProcesses;

/**
 * Full texts through Tika's AutoDetectParser (PDF, HTML, DOCX, ODT, TXT, RTF, EPUB and whatever
 * else Tika recognises), parsed in bounded child processes. The paper's fields come from the
 * document's metadata and structure ({@link FullTextFields}); the text is kept as the body.
 */
public final class TikaSource implements PaperSource {
  private static final Map<String, String> FORMATS =
      Map.ofEntries(
          Map.entry("application/pdf", "pdf"),
          Map.entry("text/html", "html"),
          Map.entry("application/xhtml+xml", "html"),
          Map.entry(
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
          Map.entry("application/msword", "doc"),
          Map.entry("application/vnd.oasis.opendocument.text", "odt"),
          Map.entry("text/plain", "txt"),
          Map.entry("application/rtf", "rtf"),
          Map.entry("application/epub+zip", "epub"),
          Map.entry("text/markdown", "markdown"),
          Map.entry("application/xml", "xml"),
          Map.entry("text/x-web-markdown", "markdown"));

  private final ParserProcesses parsers;
  private final long maxBytes;

  public TikaSource(ParserProcesses parsers, long maxBytes) {
    this.parsers = parsers;
    this.maxBytes = maxBytes;
  }

  @Override
  public void read(SourceFile file, PaperSink sink) throws IOException {
    long size = Files.size(file.path());
    if (size == 0) {
      throw new UnreadableFileException("empty file");
    }
    if (size > maxBytes) {
      throw new UnreadableFileException(
          "file of "
              + (size >> 20)
              + " MB is over the limit of "
              + (maxBytes >> 20)
              + " MB (set with --max-file-mb)");
    }
    ParsedFile parsed = parseByAnyName(file.path());
    Paper.Builder b = FullTextFields.read(parsed, file.path().getFileName().toString());
    b.format(formatOf(parsed.mediaType(), file))
        .source(file.name())
        .file(file.kept() ? file.path().toAbsolutePath().toString() : null);
    if ("html".equals(FORMATS.get(parsed.mediaType()))) {
      String marked = HtmlAbstract.read(file.path());
      if (marked != null
          && (b.abstractText() == null || marked.length() > b.abstractText().length())) {
        b.abstractText(marked);
      }
    }
    if (b.title() == null) {
      throw new UnreadableFileException(
          parsed.text() == null || parsed.text().isBlank()
              ? "no title and no text could be extracted (" + parsed.mediaType() + ")"
              : String.format(
                  Locale.ROOT,
                  "no title could be found in its %,d characters of text (%s)",
                  parsed.text().length(),
                  parsed.mediaType()));
    }
    if (parsed.truncated()) {
      sink.partial(
          file.name(),
          String.format(
              Locale.ROOT,
              "text cut at %,d characters (the limit, set with --max-chars)",
              parsed.text().length()));
    }
    sink.accept(b.build(file.positionKey(1)));
  }

  /**
   * The parse process is told the file's path as text; a name that is not valid UTF-8 does not
   * survive that (it comes back with U+FFFD and names no file), so such a file is parsed through a
   * link with a plain name.
   */
  private ParsedFile parseByAnyName(Path path) throws IOException {
    try {
      return parseByAbsoluteName(path.toAbsolutePath());
    } catch (ParseFailedException e) {
      throw new UnreadableFileException(e.getMessage(), e);
    }
  }

  private ParsedFile parseByAbsoluteName(Path absolute) throws IOException {
    if (Path.of(absolute.toString()).equals(absolute)) {
      return parsers.parse(absolute);
    }
    Path dir = Files.createTempDirectory("anodex-name");
    Path link = dir.resolve("file." + SourceFile.of(absolute).extension());
    try {
      Files.createSymbolicLink(link, absolute);
      return parsers.parse(link);
    } finally {
      Files.deleteIfExists(link);
      Files.deleteIfExists(dir);
    }
  }

  private static String formatOf(String mediaType, SourceFile file) {
    String f = FORMATS.get(mediaType);
    if (f != null) {
      return f;
    }
    String ext = file.extension();
    return ext.isEmpty()
        ? mediaType.substring(mediaType.indexOf('/') + 1).toLowerCase(Locale.ROOT)
        : ext;
  }
}

package org.anodex.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.anodex.paper.Paper;
import org.anodex.source.PaperSink;
import org.anodex.source.SourceFile;
import org.anodex.source.Sources;
import org.anodex.source.harvest.PoliteHttp;

/**
 * {@code harvest --pdfs DIR}: a harvested paper's open-access PDF, downloaded once into {@code
 * DIR/<id>.pdf} (kept, so a second harvest downloads nothing), and its text read by Tika as an
 * ingested PDF's is, as the paper's full text. A download that is too large, is not a PDF, or
 * fails, leaves the paper as it was and is said on the log: one PDF never stops a harvest.
 */
public final class OpenAccessPdfs {
  private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private final PoliteHttp http;
  private final Path dir;
  private final long maxBytes;
  private final Sources sources;
  private final Consumer<String> log;

  public OpenAccessPdfs(
      PoliteHttp http, Path dir, long maxBytes, Sources sources, Consumer<String> log) {
    this.http = http;
    this.dir = dir;
    this.maxBytes = maxBytes;
    this.sources = sources;
    this.log = log;
  }

  /**
   * The paper with the text of its open-access PDF as its body, where it has none yet and the PDF
   * can be had.
   */
  public Paper withFullText(Paper paper) throws IOException {
    if (paper.body() != null || paper.oaUrl() == null) {
      return paper;
    }
    Path file = dir.resolve(paper.id() + ".pdf");
    if (!Files.isRegularFile(file)) {
      String refused = download(URI.create(paper.oaUrl()), file);
      if (refused != null) {
        log.accept("pdf of " + paper.id() + " not taken (" + paper.oaUrl() + "): " + refused);
        return paper;
      }
    }
    AtomicReference<String> body = new AtomicReference<>();
    AtomicReference<String> why = new AtomicReference<>();
    sources
        .forFile(file)
        .read(
            new SourceFile(file, file.getFileName().toString()),
            new PaperSink() {
              @Override
              public void accept(Paper read) {
                body.compareAndSet(null, read.body());
              }

              @Override
              public void reject(String where, String reason) {
                why.set(reason);
              }
            });
    if (body.get() == null) {
      log.accept(
          "pdf of " + paper.id() + " has no text" + (why.get() == null ? "" : ": " + why.get()));
      return paper;
    }
    return paper.withBody(body.get());
  }

  /** Downloads the PDF into {@code file}; answers why not, or null. */
  private String download(URI uri, Path file) throws IOException {
    HttpResponse<InputStream> r;
    try {
      r = http.stream(uri, "application/pdf");
    } catch (IOException e) {
      return e.getMessage();
    }
    try (InputStream in = r.body()) {
      String type = r.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
      if (!type.startsWith("application/pdf") && !type.startsWith("application/octet-stream")) {
        return "not a PDF (Content-Type " + (type.isEmpty() ? "absent" : type) + ")";
      }
      long declared = r.headers().firstValueAsLong("Content-Length").orElse(-1);
      if (declared > maxBytes) {
        return "larger than the limit (" + declared + " bytes > " + maxBytes + ")";
      }
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        return "larger than the limit of " + maxBytes + " bytes";
      }
      if (bytes.length < MAGIC.length
          || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
        return "not a PDF (it does not start with %PDF-)";
      }
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, ".download-", ".part");
      Files.write(tmp, bytes);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      return null;
    }
  }
}

package org.anodex.source.tika;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anodex.paper.Text;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;

/**
 * One parse of one file with Tika's AutoDetectParser: text, metadata, and the PDF title by font.
 */
final class TikaParse {
  private final AutoDetectParser parser = new AutoDetectParser(TikaConfig.getDefaultConfig());

  ParsedFile parse(Path path, int maxChars) {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, path.getFileName().toString());
    ParseContext context = new ParseContext();
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setExtractInlineImages(false);
    pdf.setExtractAnnotationText(false);
    pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
    context.set(PDFParserConfig.class, pdf);
    TesseractOCRConfig ocr = new TesseractOCRConfig();
    ocr.setSkipOcr(true); // OCR of every embedded image would cost minutes a file; see OcrFallback
    context.set(TesseractOCRConfig.class, ocr);
    context.set(Parser.class, parser); // embedded documents (e.g. in DOCX) are parsed too
    // ... but their file names are not the paper's text (a zip of NUL bytes would read "zeros.txt")
    ParsingEmbeddedDocumentExtractor embedded = new ParsingEmbeddedDocumentExtractor(context);
    embedded.setWriteFileNameToContent(false);
    context.set(EmbeddedDocumentExtractor.class, embedded);
    WriteOutContentHandler out = new WriteOutContentHandler(maxChars);
    boolean truncated = false;
    MediaType type;
    try (InputStream in = TikaInputStream.get(path)) {
      type = parser.getDetector().detect(in, metadata);
      if (type.equals(MediaType.OCTET_STREAM)) {
        return ParsedFile.failed("unrecognised file type (not a document format Tika knows)");
      }
      parser.parse(in, new BodyContentHandler(out), metadata, context);
    } catch (ZeroByteFileException e) {
      return ParsedFile.failed("empty file");
    } catch (EncryptedDocumentException e) {
      return ParsedFile.failed("encrypted (password-protected) document");
    } catch (Exception e) {
      if (WriteLimitReachedException.isWriteLimitReached(e)) {
        truncated = true;
        type = MediaType.parse(String.valueOf(metadata.get(Metadata.CONTENT_TYPE)));
      } else {
        String detected = metadata.get(Metadata.CONTENT_TYPE);
        return ParsedFile.failed(
            "could not be parsed"
                + (detected == null ? "" : " as " + detected)
                + ": "
                + rootMessage(e));
      }
    }
    Map<String, List<String>> meta = new LinkedHashMap<>();
    for (String name : metadata.names()) {
      meta.put(name, Arrays.asList(metadata.getValues(name)));
    }
    String mediaType =
        metadata.get(Metadata.CONTENT_TYPE) != null
            ? MediaType.parse(metadata.get(Metadata.CONTENT_TYPE)).getBaseType().toString()
            : type.getBaseType().toString();
    // A zip of NUL bytes is "text" to Tika (NULs, or U+FFFD where it decoded them): without its
    // control and replacement characters it is what it is, empty.
    String text = Text.stripControls(out.toString()).replace("\uFFFD", "");
    String title = null;
    if (mediaType.equals("application/pdf")) {
      title = PdfTitle.of(path);
      if (text.codePoints().filter(c -> !Character.isWhitespace(c)).count() < 100
          && OcrFallback.available()) {
        try {
          OcrFallback.Result scanned = OcrFallback.read(path, maxChars);
          text = scanned.text();
          title = scanned.title();
          meta.put("anodex:ocr", java.util.List.of("true"));
        } catch (java.io.IOException | RuntimeException e) {
          meta.put("anodex:ocr-error", java.util.List.of(rootMessage(e)));
        }
      }
    }
    return new ParsedFile(mediaType, text, truncated, meta, title, null);
  }

  static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return m.length() > 300 ? m.substring(0, 300) + "…" : m;
  }
}

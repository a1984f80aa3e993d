package org.anodex.source.tika;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Scanned PDFs (pages as images, no text layer) read by Tesseract, when the machine has it: each
 * page rendered at 300 dpi and recognised as hOCR, whose line sizes let the title be told from a
 * running header. Tika's own OCR is off: run on every embedded image of every file it would cost
 * minutes.
 */
final class OcrFallback {
  private static final int MAX_PAGES = 12;
  private static final Pattern PARAGRAPH =
      Pattern.compile(
          "<p class='ocr_par'[^>]*title=\"bbox (\\d+) (\\d+) (\\d+) (\\d+)\"[^>]*>(.*?)</p>",
          Pattern.DOTALL);
  private static final Pattern LINE =
      Pattern.compile(
          "<span class='ocr_(?:line|header|caption|textfloat)'[^>]*x_size ([\\d.]+)[^>]*>(.*?)(?=<span class='ocr_(?:line|header|caption|textfloat)'|$)",
          Pattern.DOTALL);
  private static final Pattern WORD =
      Pattern.compile("<span class='ocrx_word'[^>]*>(.*?)</span>", Pattern.DOTALL);
  private static final Pattern PAGE =
      Pattern.compile("<div class='ocr_page'[^>]*bbox \\d+ \\d+ (\\d+) (\\d+)");
  private static final Pattern NOT_TITLE =
      Pattern.compile(
          "(?i).*(@|\\buniversit|\\bdepartment\\b|\\binstitut|\\blaborator|\\bphone\\b|\\bfax\\b|e-mail|p\\.\\s?o\\.\\s?box|\\bavenue\\b|\\bstreet\\b).*");
  private static final Pattern INITIALS =
      Pattern.compile("\\b[A-Z]\\.\\s?(?:[A-Z]\\.\\s?)?[A-Z][a-z]+");
  private static volatile Boolean available;

  record Result(String text, String title) {}

  private OcrFallback() {}

  static boolean available() {
    if (available == null) {
      try {
        Process p = new ProcessBuilder("tesseract", "--version").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        available = p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
      } catch (IOException | InterruptedException e) {
        available = false;
      }
    }
    return available;
  }

  static Result read(Path pdf, int maxChars) throws IOException {
    StringBuilder text = new StringBuilder();
    String title = null;
    Path dir = Files.createTempDirectory("anodex-ocr");
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDFRenderer renderer = new PDFRenderer(doc);
      int pages = Math.min(doc.getNumberOfPages(), MAX_PAGES);
      for (int i = 0; i < pages && text.length() < maxChars; i++) {
        BufferedImage image = renderer.renderImageWithDPI(i, 300, ImageType.GRAY);
        File png = dir.resolve("page" + i + ".png").toFile();
        ImageIO.write(image, "png", png);
        String hocr = tesseract(png.toPath());
        List<Paragraph> paragraphs = paragraphs(hocr);
        if (i == 0) {
          title = title(paragraphs, pageHeight(hocr));
        }
        for (Paragraph p : paragraphs) {
          text.append(p.text()).append("\n\n");
        }
      }
    } finally {
      try (var files = Files.list(dir)) {
        for (Path f : files.toList()) {
          Files.deleteIfExists(f);
        }
      }
      Files.deleteIfExists(dir);
    }
    return new Result(
        text.length() > maxChars ? text.substring(0, maxChars) : text.toString(), title);
  }

  private static String tesseract(Path png) throws IOException {
    Process p =
        new ProcessBuilder("tesseract", png.toString(), "stdout", "-l", "eng", "hocr")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      p.waitFor(5, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    return out;
  }

  record Paragraph(String text, int top, double size) {}

  static List<Paragraph> paragraphs(String hocr) {
    List<Paragraph> out = new ArrayList<>();
    Matcher pm = PARAGRAPH.matcher(hocr);
    while (pm.find()) {
      List<Double> sizes = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      Matcher lm = LINE.matcher(pm.group(5));
      while (lm.find()) {
        sizes.add(Double.parseDouble(lm.group(1)));
        Matcher wm = WORD.matcher(lm.group(2));
        while (wm.find()) {
          text.append(unescape(wm.group(1).replaceAll("<[^>]+>", ""))).append(' ');
        }
        text.append('\n');
      }
      String t = text.toString().replaceAll("[ \\t]+", " ").replaceAll(" ?\\n ?", "\n").strip();
      if (!t.isEmpty()) {
        sizes.sort(Double::compare);
        out.add(
            new Paragraph(
                t,
                Integer.parseInt(pm.group(2)),
                sizes.isEmpty() ? 0 : sizes.get(sizes.size() / 2)));
      }
    }
    return out;
  }

  /**
   * The title: the paragraph in the top half of the first page with the largest type, not an
   * address.
   */
  static String title(List<Paragraph> paragraphs, int pageHeight) {
    Paragraph best = null;
    for (Paragraph p : paragraphs) {
      String flat = p.text().replace('\n', ' ');
      long letters = flat.chars().filter(Character::isLetter).count();
      boolean inTopHalf = pageHeight <= 0 || p.top() < pageHeight / 2;
      boolean authors = INITIALS.matcher(flat).results().count() >= 2;
      if (inTopHalf
          && letters >= 12
          && flat.split(" ").length >= 3
          && flat.length() <= 300
          && !authors
          && !NOT_TITLE.matcher(flat).matches()
          && (best == null || p.size() > best.size() + 1)) {
        best = p;
      }
    }
    return best == null
        ? null
        : best.text().replace('\n', ' ').replaceAll("\\s+", " ").replaceAll("\\s*-$", "").strip();
  }

  private static int pageHeight(String hocr) {
    Matcher m = PAGE.matcher(hocr);
    return m.find() ? Integer.parseInt(m.group(2)) : 0;
  }

  private static String unescape(String s) {
    return s.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }
}

package org.anodex.source.tika;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The title of a PDF as a reader sees it: the run of text set in the largest font on the first
 * page. PDF Info titles are too often junk ("Microsoft Word - 02.doc", "paper.dvi") to be trusted
 * alone.
 */
final class PdfTitle {
  private static final int MAX_TITLE = 400;
  private static final int MAX_RUNS = 400;

  /** Article-type labels set above the title, often in the title's font. */
  private static final Pattern LABEL =
      Pattern.compile(
          "(?i)\\s*(?:(?:research|original|review|short|brief|full|technical)\\s+)?(?:article|paper|communication|report|note|letter)s?\\s*"
              + "|\\s*(?:review|open access|editorial|commentary|perspective|erratum|correspondence|methodology|case report)\\s*");

  private static final Pattern NOT_TITLE =
      Pattern.compile(
          "(?i).*\\b(?:research article|open access|original article|journal of|vol\\.|volume \\d|issn|www\\.|https?://)\\b.*");

  private PdfTitle() {}

  static String of(Path file) {
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      return doc.getNumberOfPages() == 0 ? null : pick(runs(doc));
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * A run of text in one font size; {@code joined} when it continues the previous run on the same
   * line.
   */
  record Run(String text, float size, int order, boolean joined) {}

  static List<Run> runs(PDDocument doc) throws IOException {
    RunCollector c = new RunCollector();
    c.setStartPage(1);
    c.setEndPage(1);
    c.writeText(doc, new StringWriter());
    return c.runs;
  }

  /**
   * The largest-size block of consecutive runs that reads like a title. Short smaller runs inside
   * it (the subscript of SiO2) stay in it.
   */
  static String pick(List<Run> runs) {
    List<Float> sizes =
        runs.stream().map(Run::size).distinct().sorted((a, b) -> Float.compare(b, a)).toList();
    for (float size : sizes) {
      StringBuilder title = new StringBuilder();
      int last = -2;
      for (Run r : runs) {
        boolean same = Math.abs(r.size() - size) < 0.6f;
        if (title.length() == 0) {
          if (same) {
            title.append(r.text());
            last = r.order();
          }
          continue;
        }
        boolean adjacent = r.order() == last + 1;
        boolean subscript = r.joined() && r.size() < size && r.text().strip().length() <= 3;
        if (!adjacent || !(same || subscript)) {
          break;
        }
        title.append(r.joined() ? "" : " ").append(r.text());
        last = r.order();
      }
      String t = title.toString().replaceAll("\\s+", " ").strip();
      if (readsLikeTitle(t)) {
        return t;
      }
    }
    return null;
  }

  private static boolean readsLikeTitle(String t) {
    long letters = t.chars().filter(Character::isLetter).count();
    return letters >= 12
        && t.split(" ").length >= 3
        && t.length() <= MAX_TITLE
        && !NOT_TITLE.matcher(t).matches();
  }

  /** Collects the first page's text as runs of one font size, in content order. */
  private static final class RunCollector extends PDFTextStripper {
    final List<Run> runs = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final List<Float> sizes = new ArrayList<>();
    private final List<Float> widths = new ArrayList<>();
    private float lastPt;
    private PDFont lastFont;
    private boolean joined;

    RunCollector() throws IOException {
      setSortByPosition(false); // content order: a rotated margin stamp would scatter a sorted page
    }

    @Override
    protected void writeString(String s, List<TextPosition> positions) {
      for (TextPosition p : positions) {
        if (p.getDir() != 0f) {
          continue; // rotated text: a journal's name or an arXiv stamp up the margin
        }
        float pt = p.getFontSizeInPt();
        boolean degenerate = pt < 1f || lastPt < 1f;
        boolean sizeChange = degenerate ? p.getFont() != lastFont : Math.abs(pt - lastPt) >= 0.6f;
        if (!sizes.isEmpty() && sizeChange && !p.getUnicode().isBlank()) {
          flush(false); // a header, or a subscript, in another size on the same line
        }
        text.append(p.getUnicode());
        sizes.add(pt);
        widths.add(p.getWidth());
        lastPt = pt;
        lastFont = p.getFont();
      }
    }

    @Override
    protected void writeWordSeparator() {
      text.append(' ');
    }

    @Override
    protected void writeLineSeparator() {
      flush(true);
    }

    @Override
    protected void endPage(PDPage page) {
      flush(true);
    }

    private void flush(boolean endOfLine) {
      String run = text.toString();
      if (!run.isBlank() && !LABEL.matcher(run).matches() && runs.size() < MAX_RUNS) {
        float size = median(sizes);
        if (size < 1f) {
          // Type 3 fonts (dvips) report no usable size: a glyph is about half as wide as the font
          // is high.
          size = 2 * median(widths);
        }
        boolean wordBreak = run.startsWith(" ");
        runs.add(new Run(run, Math.round(size * 2) / 2f, runs.size(), joined && !wordBreak));
      }
      joined = !endOfLine && !run.endsWith(" ");
      text.setLength(0);
      sizes.clear();
      widths.clear();
    }

    private static float median(List<Float> values) {
      List<Float> sorted = values.stream().sorted().toList();
      return sorted.get(sorted.size() / 2);
    }
  }
}

package org.anodex.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.anodex.Fixtures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/**
 * A folder of hostile and odd entries, written by the test (never downloaded): each kind with what
 * an ingest must make of it. {@code big} writes the long variants (1 GiB bombs), run by {@code
 * .ci/run}.
 */
final class HostileFiles {
  /**
   * What must become of an entry: a failure named with its reason, or a paper kept in part, or
   * records rejected.
   */
  enum Outcome {
    FAILED,
    PARTIAL,
    REJECTED,
    SKIPPED
  }

  /**
   * One entry of the folder: its name, the outcome and a part of the reason the summary must give.
   */
  record Kind(String name, Outcome outcome, String reason) {}

  private static final String SENTENCE_FREE =
      "micro-sized silicon anode with a PAA binder in a half cell ";

  private HostileFiles() {}

  static List<Kind> write(Path dir, boolean big) throws IOException {
    List<Kind> kinds = new ArrayList<>();
    long bomb = big ? 1L << 30 : 64L << 20;

    // Records that expand or nest without end.
    Files.writeString(dir.resolve("macro-bomb.bib"), macroBomb());
    kinds.add(new Kind("macro-bomb.bib:7", Outcome.REJECTED, "a value over 1,000,000 characters"));
    kinds.add(
        new Kind(
            "macro-bomb.bib:11", Outcome.REJECTED, "it uses @string macro 'a9', which failed"));
    Files.writeString(dir.resolve("deep.json"), "[".repeat(200_000) + "]".repeat(200_000));
    kinds.add(
        new Kind(
            "deep.json",
            Outcome.FAILED,
            "invalid JSON: Document nesting depth (1001) exceeds the maximum allowed (1000)"));
    Files.writeString(dir.resolve("deep-line.jsonl"), "{\"title\": " + "[".repeat(200_000) + "\n");
    kinds.add(new Kind("deep-line.jsonl", Outcome.FAILED, "invalid JSON"));
    Files.writeString(
        dir.resolve("deep.html"),
        "<html><body>" + "<div>".repeat(200_000) + "Silicon anodes" + "</div>".repeat(200_000));
    kinds.add(new Kind("deep.html", Outcome.FAILED, ""));
    Files.writeString(
        dir.resolve("huge-numbers.jsonl"),
        "{\"title\": \"Huge numbers\", \"year\": 1"
            + "0".repeat(5_000)
            + "}\n"
            + "{\"title\": \"Huge exponent\", \"year\": 1e999999999, \"abstract\": \"A capacity of 1e999999 mAh/g and 10^99999 cycles.\"}\n");
    kinds.add(new Kind("huge-numbers.jsonl:1", Outcome.REJECTED, "invalid JSON"));
    Files.writeString(
        dir.resolve("broken-lines.jsonl"),
        "{\"title\": \"Good line one\", \"doi\": \"10.5555/hostile.1\"}\n"
            + "{\"title\": \"broken\n"
            + "not json at all\n"
            + "{\"title\": \"Good line two\", \"doi\": \"10.5555/hostile.2\"}\n"
            + "{\"title\": \"cut off\", \"abs");
    kinds.add(new Kind("broken-lines.jsonl:2", Outcome.REJECTED, "invalid JSON"));
    kinds.add(new Kind("broken-lines.jsonl:5", Outcome.REJECTED, "invalid JSON"));
    Files.writeString(
        dir.resolve("unbalanced.bib"),
        "@article{open, title = {Never closed, author = {A. Author}\n");
    kinds.add(new Kind("unbalanced.bib:1", Outcome.REJECTED, "BibTeX entry does not parse"));
    Files.writeString(
        dir.resolve("no-end.ris"), "TY  - JOUR\nTI  - A record without its end tag\nPY  - 2024\n");
    kinds.add(new Kind("no-end.ris:1", Outcome.PARTIAL, "without the record's ER line"));

    // Long texts without a sentence break: linear tagging, budgets, said in the summary.
    Files.writeString(
        dir.resolve("long-abstract.jsonl"),
        "{\"title\": \"Long abstract\", \"doi\": \"10.5555/hostile.3\","
            + " \"abstract\": \""
            + SENTENCE_FREE.repeat((big ? 9 << 20 : 512 << 10) / SENTENCE_FREE.length())
            + "\"}\n");
    kinds.add(
        new Kind("long-abstract.jsonl:1", Outcome.PARTIAL, "abstract cut at 100,000 characters"));
    Files.writeString(
        dir.resolve("long-title.jsonl"),
        "{\"title\": \""
            + "Silicon ".repeat((big ? 10 << 20 : 1 << 20) / 8)
            + "\", \"doi\": \"10.5555/hostile.4\"}\n");
    kinds.add(new Kind("long-title.jsonl:1", Outcome.PARTIAL, "title cut at 2,000 characters"));

    // Bombs: a zip of NUL bytes becomes no paper; a gzip of text is cut at the character limit.
    try (ZipOutputStream zip =
        new ZipOutputStream(Files.newOutputStream(dir.resolve("zeros.zip")))) {
      zip.putNextEntry(new ZipEntry("zeros.txt"));
      repeat(zip, new byte[1 << 16], bomb);
    }
    kinds.add(new Kind("zeros.zip", Outcome.FAILED, "no title and no text"));
    try (OutputStream gz =
        new GZIPOutputStream(Files.newOutputStream(dir.resolve("words.txt.gz")))) {
      gz.write("Silicon anodes under a gzip bomb\n\n".getBytes(StandardCharsets.US_ASCII));
      repeat(gz, SENTENCE_FREE.repeat(1000).getBytes(StandardCharsets.US_ASCII), bomb);
    }
    kinds.add(new Kind("words.txt.gz", Outcome.PARTIAL, "text cut at 5,000,000 characters"));

    // XML that reaches out or expands.
    Files.writeString(
        dir.resolve("xxe.xml"),
        "<?xml version=\"1.0\"?>\n<!DOCTYPE article [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
            + "<article><front><article-meta><title-group><article-title>XXE &x; title</article-title></title-group>"
            + "</article-meta></front></article>\n");
    Files.writeString(dir.resolve("laughs.xml"), billionLaughs());
    Files.writeString(
        dir.resolve("deep-jats.xml"),
        "<article><front><article-meta><title-group><article-title>Deep JATS"
            + "</article-title></title-group></article-meta></front><body>"
            + "<sec>".repeat(200_000)
            + "<p>Silicon</p>"
            + "</sec>".repeat(200_000)
            + "</body></article>\n");
    kinds.add(new Kind("deep-jats.xml", Outcome.FAILED, "nested too deeply"));
    // PDFs: truncated, encrypted, empty, garbage.
    byte[] pdf =
        Files.readAllBytes(
            Fixtures.sampleData().resolve("micro-si-crosslinked-paa-cmc-binder.pdf"));
    Files.write(dir.resolve("truncated.pdf"), Arrays.copyOf(pdf, pdf.length / 3));
    kinds.add(new Kind("truncated.pdf", Outcome.FAILED, "could not be parsed"));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      doc.protect(
          new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission()));
      doc.save(dir.resolve("encrypted.pdf").toFile());
    }
    kinds.add(new Kind("encrypted.pdf", Outcome.FAILED, "encrypted"));
    Files.write(dir.resolve("zero-bytes.pdf"), new byte[0]);
    kinds.add(new Kind("zero-bytes.pdf", Outcome.FAILED, "empty file"));
    byte[] garbage = new byte[200_000];
    new Random(15).nextBytes(garbage);
    Files.write(dir.resolve("garbage.pdf"), garbage);
    kinds.add(new Kind("garbage.pdf", Outcome.FAILED, ""));

    // Encodings.
    Files.write(
        dir.resolve("invalid-utf8.jsonl"),
        concat(
            "{\"title\": \"Silicon \u00e9 anodes ".getBytes(StandardCharsets.UTF_8),
            new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE},
            " and binders\", \"doi\": \"10.5555/hostile.5\"}\n".getBytes(StandardCharsets.UTF_8)));
    Files.write(
        dir.resolve("utf16-no-bom.txt"),
        "Silicon anodes in UTF-16 without a byte order mark\n\nThe abstract of a paper about PAA binders.\n"
            .getBytes(StandardCharsets.UTF_16LE));
    Files.write(
        dir.resolve("nul-in.bib"),
        "@article{nul, title = {Nul \u0000 inside}}\n".getBytes(StandardCharsets.UTF_8));
    kinds.add(new Kind("nul-in.bib", Outcome.FAILED, "binary data, not text"));
    return kinds;
  }

  /** Entries that are not files, and odd names. Needs a POSIX system (links, {@code mkfifo}). */
  static List<Kind> writeOddEntries(Path dir) throws IOException, InterruptedException {
    List<Kind> kinds = new ArrayList<>();
    Path fifo = dir.resolve("pipe.txt");
    if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
      kinds.add(new Kind("pipe.txt", Outcome.FAILED, "a named pipe (FIFO)"));
    }
    Files.createSymbolicLink(dir.resolve("zero.txt"), Path.of("/dev/zero"));
    kinds.add(new Kind("zero.txt", Outcome.FAILED, "a character device"));
    Files.createDirectories(dir.resolve("loop"));
    Files.createSymbolicLink(dir.resolve("loop/back"), Path.of(".."));
    kinds.add(new Kind("loop/back", Outcome.FAILED, "a directory loop"));
    Files.createSymbolicLink(dir.resolve("link-a.pdf"), Path.of("link-b.pdf"));
    Files.createSymbolicLink(dir.resolve("link-b.pdf"), Path.of("link-a.pdf"));
    kinds.add(new Kind("link-a.pdf", Outcome.FAILED, "a symbolic link loop"));
    kinds.add(new Kind("link-b.pdf", Outcome.FAILED, "a symbolic link loop"));
    Files.createSymbolicLink(dir.resolve("again.jsonl"), Path.of("good.jsonl"));
    kinds.add(
        new Kind(
            "again.jsonl", Outcome.SKIPPED, "a link to a file that is read under its own name"));
    Files.createSymbolicLink(dir.resolve("loop-again"), Path.of("loop"));
    kinds.add(
        new Kind(
            "loop-again", Outcome.SKIPPED, "a link to a folder that is read under its own name"));
    Files.createSymbolicLink(dir.resolve("dangling.pdf"), Path.of("gone.pdf"));
    kinds.add(new Kind("dangling.pdf", Outcome.FAILED, "a dangling link"));
    // A Latin-1 name (byte E9), not UTF-8: Java cannot spell it, the shell can.
    new ProcessBuilder(
            "sh",
            "-c",
            "printf 'Silicon anodes in a file named in Latin-1\\n' > \"$(printf 'latin1-caf\\351.txt')\"")
        .directory(dir.toFile())
        .start()
        .waitFor();
    Files.writeString(
        dir.resolve("forged\n  failed: everything.bib: forged line.bib"), "not a bibtex file\n");
    kinds.add(
        new Kind(
            "forged\n  failed: everything.bib: forged line.bib",
            Outcome.FAILED,
            "no BibTeX entries"));
    return kinds;
  }

  private static String macroBomb() {
    StringBuilder s = new StringBuilder("@string{a0 = \"xxxxxxxxxx\"}\n");
    for (int i = 1; i <= 9; i++) {
      String prev = "a" + (i - 1);
      s.append("@string{a")
          .append(i)
          .append(" = ")
          .append(String.join(" # ", java.util.Collections.nCopies(10, prev)))
          .append("}\n");
    }
    return s.append("@article{bomb, title = a9}\n").toString();
  }

  private static String billionLaughs() {
    StringBuilder s =
        new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      s.append("<!ENTITY lol")
          .append(i)
          .append(" \"")
          .append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
          .append("\">\n");
    }
    return s.append("]>\n<lolz>&lol9;</lolz>\n").toString();
  }

  private static void repeat(OutputStream out, byte[] block, long total) throws IOException {
    for (long written = 0; written < total; written += block.length) {
      out.write(block);
    }
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }
}

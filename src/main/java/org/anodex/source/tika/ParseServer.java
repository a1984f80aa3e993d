package org.anodex.source.tika;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The main class of a parse process: reads one {@link ParseRequest} per line on stdin, answers one
 * {@link ParsedFile} per line on stdout. Runs in a JVM of its own so that a file that makes a
 * parser loop or exhaust memory can be stopped by killing the process (a Java thread cannot be
 * killed).
 */
public final class ParseServer {
  private ParseServer() {}

  public static void main(String[] args) throws Exception {
    OutputStream protocol = new FileOutputStream(FileDescriptor.out);
    System.setOut(
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
    ObjectMapper json = new ObjectMapper();
    TikaParse tika = new TikaParse();
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line;
    while ((line = in.readLine()) != null) {
      ParseRequest request = json.readValue(line, ParseRequest.class);
      ParsedFile result;
      try {
        result = tika.parse(Path.of(request.path()), request.maxChars());
      } catch (RuntimeException | StackOverflowError e) {
        result = ParsedFile.failed("parser failed: " + TikaParse.rootMessage(e));
      }
      protocol.write(json.writeValueAsBytes(result));
      protocol.write('\n');
      protocol.flush();
    }
  }
}

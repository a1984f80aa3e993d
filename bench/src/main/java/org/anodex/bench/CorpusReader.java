package org.anodex.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Streams the papers of a scale corpus's JSONL chunks, skipping the embeddings the peers do not
 * index.
 */
public final class CorpusReader {
  private static final JsonFactory JSON = new JsonFactory();

  public static List<Path> chunks(Path papersDir) throws IOException {
    try (Stream<Path> s = Files.list(papersDir)) {
      return s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
    }
  }

  public static void read(Path chunk, Consumer<BenchPaper> sink) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(chunk, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (!line.isBlank()) {
          sink.accept(parse(line));
        }
      }
    }
  }

  static BenchPaper parse(String line) throws IOException {
    String id = null, doi = null, title = null, abs = null, venue = null, published = null;
    Integer year = null;
    List<String> authors = new ArrayList<>();
    try (JsonParser p = JSON.createParser(line)) {
      p.nextToken();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken t = p.nextToken();
        switch (field) {
          case "id" -> id = p.getText();
          case "doi" -> doi = p.getText();
          case "title" -> title = p.getText();
          case "abstract" -> abs = p.getText();
          case "venue" -> venue = p.getText();
          case "published" -> published = p.getText();
          case "year" -> year = p.getIntValue();
          case "authors" -> {
            while (p.nextToken() == JsonToken.VALUE_STRING) {
              authors.add(p.getText());
            }
          }
          default -> {
            if (t.isStructStart()) {
              p.skipChildren();
            }
          }
        }
      }
    }
    return new BenchPaper(id, doi, title, abs, authors, venue, year, published);
  }
}

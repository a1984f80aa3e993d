package org.anodex.source;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.anodex.paper.Embedding;
import org.anodex.paper.Paper;

/**
 * Paper records in JSON Lines (one object a line) or JSON (an array of objects, or one object), of
 * any shape that {@link RecordFields} maps: the OpenAlex- and Semantic Scholar-like battery sets,
 * BEIR corpora ({@code _id}, {@code title}, {@code text}). Read as a stream, so files of any size
 * take constant memory; a line that is not valid JSON is rejected and the next one read. A record's
 * {@code embedding} goes with its paper for the ingest to judge (model, dimension).
 */
public final class JsonRecordSource implements PaperSource {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final RecordFields fields;

  public JsonRecordSource(RecordFields fields) {
    this.fields = fields;
  }

  @Override
  public void read(SourceFile file, PaperSink sink) throws IOException {
    // Bytes that are not UTF-8 are read as U+FFFD (and said: see emit) rather than failing the
    // whole file.
    try (PushbackReader in =
        new PushbackReader(
            new BufferedReader(
                new java.io.InputStreamReader(
                    Files.newInputStream(file.path()), StandardCharsets.UTF_8)))) {
      int first = firstNonBlank(in);
      if (first < 0) {
        throw new UnreadableFileException("empty file");
      }
      in.unread(first);
      if (first == '[') {
        readArray(file, in, sink);
      } else if (first == '{') {
        if (!readLines(file, new BufferedReader(in), sink)) {
          readRootValues(file, sink);
        }
      } else {
        throw new UnreadableFileException("not JSON: starts with '" + (char) first + "'");
      }
    }
  }

  private void readArray(SourceFile file, Reader in, PaperSink sink) throws IOException {
    try (JsonParser p = JSON.getFactory().createParser(in)) {
      p.nextToken();
      int position = 0;
      JsonToken t;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
        position++;
        JsonNode node = JSON.readTree(p);
        emit(file, position, node, sink);
      }
    } catch (JsonProcessingException e) {
      throw invalid(e);
    }
  }

  /** Objects one after another, pretty-printed over several lines each (not JSON Lines). */
  private void readRootValues(SourceFile file, PaperSink sink) throws IOException {
    try (MappingIterator<JsonNode> it =
        JSON.readerFor(JsonNode.class).readValues(file.path().toFile())) {
      int position = 0;
      while (it.hasNextValue()) {
        emit(file, ++position, it.nextValue(), sink);
      }
    } catch (JsonProcessingException e) {
      throw invalid(e);
    }
  }

  /**
   * Why a JSON file could not be read. A limit of the parser (nesting deeper than 1,000, a number
   * of more than 1,000 digits, a string over 20 million characters) may come without a location.
   */
  private static UnreadableFileException invalid(JsonProcessingException e) {
    String at = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
    String why =
        e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
    return new UnreadableFileException(
        "invalid JSON" + at + ": " + why.replaceAll(", from `[^`]*`", ""));
  }

  /**
   * Reads JSON Lines; returns false, having read nothing, when the first line is the start of an
   * object spread over several lines.
   */
  private boolean readLines(SourceFile file, BufferedReader in, PaperSink sink) throws IOException {
    String line;
    int lineNo = 0;
    int records = 0;
    int bad = 0;
    while ((line = in.readLine()) != null) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = JSON.readTree(line);
      } catch (JsonProcessingException e) {
        if (records == 0 && bad == 0 && !line.strip().endsWith("}")) {
          return false;
        }
        bad++;
        sink.reject(file.name() + ":" + lineNo, "invalid JSON: " + e.getOriginalMessage());
        continue;
      }
      records++;
      emit(file, lineNo, node, sink);
    }
    if (records == 0 && bad == 0) {
      throw new UnreadableFileException("no records");
    }
    return true;
  }

  private void emit(SourceFile file, int position, JsonNode node, PaperSink sink) {
    String where = file.name() + ":" + position;
    if (!node.isObject()) {
      sink.reject(where, "not a JSON object");
      return;
    }
    Paper.Builder b =
        Paper.builder().format(file.extension().equals("jsonl") ? "jsonl" : "json").source(where);
    b.key(text(node, "id"))
        .doi(text(node, "doi"))
        .title(text(node, "title"))
        .abstractText(text(node, "abstract"))
        .journal(text(node, "journal"))
        .date(text(node, "date"))
        .body(text(node, "body"))
        .citations(count(value(node, "citations")))
        .oaUrl(text(node, "oa_url"));
    JsonNode ids = value(node, "source_ids");
    if (ids != null && ids.isObject()) {
      ids.fields()
          .forEachRemaining(
              e ->
                  b.sourceId(
                      e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : null));
    }
    authors(node).forEach(b::author);
    list(node, "keywords").forEach(b::keyword);
    String year = text(node, "year");
    if (year != null) {
      b.year(org.anodex.paper.Dates.yearOf(year));
    }
    Paper paper = b.build(file.positionKey(position));
    if (paper.title() == null && paper.abstractText() == null) {
      sink.reject(
          where,
          "record has neither title nor text (fields tried: "
              + fields.keysFor("title")
              + ", "
              + fields.keysFor("abstract")
              + ")");
      return;
    }
    if (String.valueOf(paper.title()).indexOf('\uFFFD') >= 0
        || String.valueOf(paper.abstractText()).indexOf('\uFFFD') >= 0) {
      sink.partial(where, "bytes that are not UTF-8, read as U+FFFD");
    }
    JsonNode vector = value(node, "embedding");
    if (vector == null) {
      sink.accept(paper);
    } else if (!vector.isArray() || !allNumbers(vector)) {
      sink.refuseEmbedding(where, "embedding is not a list of numbers: embedded in the background");
      sink.accept(paper);
    } else {
      float[] v = new float[vector.size()];
      for (int i = 0; i < v.length; i++) {
        v[i] = vector.get(i).floatValue();
      }
      sink.accept(paper, new Embedding(text(node, "embedding_model"), v));
    }
  }

  /**
   * A count given as a whole number, or as text of digits (as some exports write numbers); else
   * none.
   */
  private static Integer count(JsonNode v) {
    if (v != null && v.canConvertToInt() && v.isIntegralNumber() && v.intValue() >= 0) {
      return v.intValue();
    }
    return v != null && v.isTextual() && v.asText().strip().matches("\\d{1,9}")
        ? Integer.valueOf(v.asText().strip())
        : null;
  }

  private static boolean allNumbers(JsonNode array) {
    for (JsonNode n : array) {
      if (!n.isNumber()) {
        return false;
      }
    }
    return true;
  }

  private JsonNode value(JsonNode node, String field) {
    for (String key : fields.keysFor(field)) {
      JsonNode v = node;
      for (String part : key.split("\\.")) {
        v = v == null ? null : v.get(part);
      }
      if (v != null
          && !v.isNull()
          && !(v.isTextual() && v.asText().isBlank())
          && !(v.isContainerNode() && v.isEmpty())) {
        return v;
      }
    }
    return null;
  }

  private String text(JsonNode node, String field) {
    JsonNode v = value(node, field);
    if (v == null) {
      return null;
    }
    if (v.isArray()) {
      return v.isEmpty() ? null : v.get(0).asText();
    }
    return v.isValueNode() ? v.asText() : null;
  }

  private List<String> list(JsonNode node, String field) {
    JsonNode v = value(node, field);
    List<String> out = new ArrayList<>();
    if (v == null) {
      return out;
    }
    if (v.isArray()) {
      v.forEach(e -> out.add(e.isValueNode() ? e.asText() : e.path("name").asText(null)));
    } else {
      for (String s : v.asText().split("[;,]")) {
        out.add(s);
      }
    }
    out.removeIf(s -> s == null || s.isBlank());
    return out;
  }

  private List<String> authors(JsonNode node) {
    JsonNode v = value(node, "authors");
    List<String> out = new ArrayList<>();
    if (v == null) {
      return out;
    }
    if (v.isArray()) {
      for (JsonNode a : v) {
        out.add(a.isValueNode() ? a.asText() : authorName(a));
      }
    } else {
      for (String s : v.asText().split(";|\\s+and\\s+")) {
        out.add(s);
      }
    }
    out.removeIf(s -> s == null || s.isBlank());
    return out;
  }

  private static String authorName(JsonNode a) {
    if (a.hasNonNull("name")) {
      return a.get("name").asText();
    }
    String given = a.path("given").asText(a.path("first").asText(""));
    String family = a.path("family").asText(a.path("last").asText(""));
    return (given + " " + family).strip();
  }

  private static int firstNonBlank(Reader in) throws IOException {
    int c;
    while ((c = in.read()) >= 0) {
      if (c == '\uFEFF' || Character.isWhitespace(c)) {
        continue;
      }
      return c;
    }
    return -1;
  }
}

package org.anodex.paper;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One paper as it flows through the house: read by a source, enriched (topics, properties), written
 * by an index and returned by a searcher. Immutable; the {@code with*} methods return changed
 * copies.
 *
 * <p>{@code format} is the source format (pdf, html, jats, elsevier-xml, pubmed, bibtex, ris,
 * jsonl, ...); {@code source} names the file (and the record's position in it) that the paper was
 * read from; {@code file} is where that file lies, for a paper that is a file of its own (a PDF, an
 * HTML page, ...; null for a record of a record file or a paper written through the API), so that
 * it can be opened. {@code citations}, {@code oaUrl} (an open-access copy) and {@code sourceIds}
 * (the paper's ids in outside indexes: {@code openalex}, {@code pmid}, {@code pmcid}, {@code
 * arxiv}, ...) come from harvested records.
 */
public record Paper(
    String id,
    String doi,
    String title,
    List<String> authors,
    Integer year,
    String date,
    String journal,
    String abstractText,
    List<String> keywords,
    String body,
    String format,
    String source,
    String file,
    List<Topic> topics,
    List<Property> properties,
    Integer citations,
    String oaUrl,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> sourceIds) {

  public Paper {
    Objects.requireNonNull(id, "id");
    authors = List.copyOf(authors == null ? List.of() : authors);
    keywords = List.copyOf(keywords == null ? List.of() : keywords);
    topics = List.copyOf(topics == null ? List.of() : topics);
    properties = List.copyOf(properties == null ? List.of() : properties);
    // Sorted, so that equal ids hash equal whatever order a source listed them in.
    sourceIds =
        Collections.unmodifiableMap(new TreeMap<>(sourceIds == null ? Map.of() : sourceIds));
  }

  /** A paper read from a file: no citation count, open-access link or outside identifiers. */
  public Paper(
      String id,
      String doi,
      String title,
      List<String> authors,
      Integer year,
      String date,
      String journal,
      String abstractText,
      List<String> keywords,
      String body,
      String format,
      String source,
      String file,
      List<Topic> topics,
      List<Property> properties) {
    this(
        id,
        doi,
        title,
        authors,
        year,
        date,
        journal,
        abstractText,
        keywords,
        body,
        format,
        source,
        file,
        topics,
        properties,
        null,
        null,
        Map.of());
  }

  public Paper withTopics(List<Topic> newTopics) {
    return new Paper(
        id,
        doi,
        title,
        authors,
        year,
        date,
        journal,
        abstractText,
        keywords,
        body,
        format,
        source,
        file,
        newTopics,
        properties,
        citations,
        oaUrl,
        sourceIds);
  }

  public Paper withProperties(List<Property> newProperties) {
    return new Paper(
        id,
        doi,
        title,
        authors,
        year,
        date,
        journal,
        abstractText,
        keywords,
        body,
        format,
        source,
        file,
        topics,
        newProperties,
        citations,
        oaUrl,
        sourceIds);
  }

  public Paper withBody(String newBody) {
    return new Paper(
        id,
        doi,
        title,
        authors,
        year,
        date,
        journal,
        abstractText,
        keywords,
        newBody,
        format,
        source,
        file,
        topics,
        properties,
        citations,
        oaUrl,
        sourceIds);
  }

  /**
   * The same paper with what a scholarly index says of it: citation count, open-access link, its
   * ids there.
   */
  public Paper withScholarly(
      Integer newCitations, String newOaUrl, Map<String, String> newSourceIds) {
    return new Paper(
        id,
        doi,
        title,
        authors,
        year,
        date,
        journal,
        abstractText,
        keywords,
        body,
        format,
        source,
        file,
        topics,
        properties,
        newCitations,
        newOaUrl,
        newSourceIds);
  }

  /**
   * The paper without what enrichment added (topics, properties): to be merged and enriched again.
   */
  public Paper unenriched() {
    return withTopics(List.of()).withProperties(List.of());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Sources fill papers field by field; blank strings count as absent. */
  public static final class Builder {
    private String id;
    private String doi;
    private String title;
    private List<String> authors = new ArrayList<>();
    private Integer year;
    private String date;
    private String journal;
    private String abstractText;
    private List<String> keywords = new ArrayList<>();
    private String body;
    private String format;
    private String source;
    private String file;
    private String key;
    private Integer citations;
    private String oaUrl;
    private final Map<String, String> sourceIds = new TreeMap<>();

    public Builder id(String v) {
      id = blankToNull(v);
      return this;
    }

    public Builder doi(String v) {
      doi = Dois.normalize(v);
      return this;
    }

    public Builder title(String v) {
      title = blankToNull(v);
      return this;
    }

    public Builder author(String v) {
      if (blankToNull(v) != null && !authors.contains(v.strip())) authors.add(v.strip());
      return this;
    }

    public Builder authors(List<String> v) {
      v.forEach(this::author);
      return this;
    }

    public Builder year(Integer v) {
      year = v;
      return this;
    }

    public Builder date(String v) {
      date = blankToNull(v);
      return this;
    }

    public Builder journal(String v) {
      journal = blankToNull(v);
      return this;
    }

    public Builder abstractText(String v) {
      abstractText = blankToNull(v);
      return this;
    }

    public Builder keyword(String v) {
      if (blankToNull(v) != null && !keywords.contains(v.strip())) keywords.add(v.strip());
      return this;
    }

    public Builder keywords(List<String> v) {
      v.forEach(this::keyword);
      return this;
    }

    public Builder body(String v) {
      body = blankToNull(v);
      return this;
    }

    public Builder format(String v) {
      format = v;
      return this;
    }

    public Builder source(String v) {
      source = v;
      return this;
    }

    public Builder file(String v) {
      file = v;
      return this;
    }

    /**
     * The source record's own key (a BibTeX citation key, a record id): the id where there is no
     * DOI.
     */
    public Builder key(String v) {
      key = blankToNull(v);
      return this;
    }

    public Builder citations(Integer v) {
      citations = v;
      return this;
    }

    public Builder oaUrl(String v) {
      oaUrl = blankToNull(v);
      return this;
    }

    public Builder sourceId(String source, String v) {
      if (blankToNull(v) != null) sourceIds.put(source, v.strip());
      return this;
    }

    public String doi() {
      return doi;
    }

    public String title() {
      return title;
    }

    public Integer year() {
      return year;
    }

    public String date() {
      return date;
    }

    public String abstractText() {
      return abstractText;
    }

    public String journal() {
      return journal;
    }

    public List<String> authors() {
      return authors;
    }

    /**
     * Builds the paper. Its id comes from the DOI, else the record key, else {@code fallbackKey}
     * (the source file and position), as API.md defines ids.
     */
    public Paper build(String fallbackKey) {
      String paperId = id != null ? id : PaperIds.of(doi, key, fallbackKey);
      Integer y = year != null ? year : Dates.yearOf(date);
      return new Paper(
          paperId,
          doi,
          Text.cleanTitle(title),
          authors,
          y,
          Dates.iso(date),
          Journals.canonical(Text.clean(journal)),
          Text.cleanAbstract(abstractText),
          keywords,
          body,
          format,
          source,
          file,
          List.of(),
          List.of(),
          citations,
          oaUrl,
          sourceIds);
    }

    private static String blankToNull(String v) {
      return v == null || v.isBlank() ? null : v.strip();
    }
  }
}

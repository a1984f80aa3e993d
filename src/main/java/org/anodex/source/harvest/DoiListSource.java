package org.anodex.source.harvest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.anodex.paper.Paper;

/**
 * {@code anodex harvest doi}: a list of DOIs as pages of {@link OpenAlexSource#DOIS_PER_REQUEST},
 * each looked up in one request; a DOI the source does not know is skipped with that reason. The
 * cursor is the number of the next batch.
 */
final class DoiListSource implements HarvestSource {
  private final List<String> dois;
  private final Function<List<String>, HarvestSource> lookup;

  DoiListSource(List<String> dois, Function<List<String>, HarvestSource> lookup) {
    this.dois = List.copyOf(dois);
    this.lookup = lookup;
  }

  @Override
  public String name() {
    return "doi";
  }

  @Override
  public Page page(String cursor) throws IOException {
    int batch = cursor == null ? 0 : Integer.parseInt(cursor);
    int from = batch * OpenAlexSource.DOIS_PER_REQUEST;
    List<String> asked =
        dois.subList(
            Math.min(from, dois.size()),
            Math.min(from + OpenAlexSource.DOIS_PER_REQUEST, dois.size()));
    if (asked.isEmpty()) {
      return new Page(List.of(), List.of(), null, (long) dois.size());
    }
    Page found = lookup.apply(asked).page(null);
    Set<String> got = new HashSet<>();
    found.papers().forEach(p -> got.add(p.doi()));
    List<Skipped> skipped = new ArrayList<>(found.skipped());
    for (String doi : asked) {
      if (!got.contains(doi)) {
        skipped.add(new Skipped("doi " + doi, "not found in " + OpenAlexSource.NAME));
      }
    }
    List<Paper> papers = found.papers();
    String next = from + asked.size() < dois.size() ? String.valueOf(batch + 1) : null;
    return new Page(papers, skipped, next, (long) dois.size());
  }
}

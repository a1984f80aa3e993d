package org.anodex.source.harvest;

import java.io.IOException;
import java.util.List;
import org.anodex.paper.Paper;

/**
 * One open scholarly API, paged the way its documentation says. A harvest asks for the first page
 * (cursor null), then for the page after each cursor a page gives, until a page gives none. Cursors
 * are plain strings so that a checkpoint can keep one and a killed harvest go on from it.
 *
 * <p>To add a source: implement this in a class of this package with its documented paging and
 * mapping, name it in {@link HarvestSources}, and add fixtures in its documented format to {@code
 * HarvestTest}.
 */
public interface HarvestSource {

  /** The source's name as the command line and {@code source_ids} spell it. */
  String name();

  Page page(String cursor) throws IOException;

  /**
   * @param next the cursor of the following page, null at the end
   * @param total how many records the source says match, where it says
   */
  record Page(List<Paper> papers, List<Skipped> skipped, String next, Long total) {}

  /** A record that could not be used, named as the source names it, with why. */
  record Skipped(String record, String reason) {}
}

package org.anodex.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Lucene's highlighter for a page of hits, reading a field's matches from its postings with one
 * weight of the query for the whole page. Lucene's makes the query's weight again for each hit (on
 * a view of the index that maps the fields it may match to the highlighted one: with the default,
 * each to itself), which looked every word of the query up in every field it searches, for every
 * hit: most of a snippet's cost. The matches are the same: those of the query on the paper, in the
 * highlighted field.
 *
 * <p>The texts of the hits' papers that a search has already read (their titles and abstracts) are
 * taken from them, not decompressed again from the stored fields.
 */
final class PageHighlighter extends UnifiedHighlighter {
  private final int maxLength;
  private final Map<String, Map<Integer, String>> known;

  /**
   * @param maxLength the builder's: the characters of a text that are highlighted
   * @param known texts by field and top-level document (null where the paper has none)
   */
  PageHighlighter(Builder builder, int maxLength, Map<String, Map<Integer, String>> known) {
    super(builder.withMaxLength(maxLength));
    this.maxLength = maxLength;
    this.known = known;
  }

  @Override
  protected List<CharSequence[]> loadFieldValues(
      String[] fields, DocIdSetIterator docs, int cacheCharsThreshold) throws IOException {
    Map<Integer, String> texts = fields.length == 1 ? known.get(fields[0]) : null;
    if (texts == null) {
      return super.loadFieldValues(fields, docs, cacheCharsThreshold);
    }
    List<CharSequence[]> out = new ArrayList<>();
    for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
      String text =
          texts.containsKey(doc)
              ? texts.get(doc)
              : searcher.storedFields().document(doc, Set.of(fields[0])).get(fields[0]);
      out.add(
          new CharSequence[] {
            text == null ? null : text.substring(0, Math.min(maxLength, text.length()))
          });
    }
    return out;
  }

  @Override
  protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
    if (source != OffsetSource.POSTINGS
        || !components.getHighlightFlags().contains(HighlightFlag.WEIGHT_MATCHES)) {
      return super.getOffsetStrategy(source, components);
    }
    return new PostingsOffsetStrategy(components) {
      private Weight weight;

      @Override
      protected void createOffsetsEnumsWeightMatcher(
          LeafReader leaf, int doc, List<OffsetsEnum> results) throws IOException {
        LeafReaderContext context = contextOf(leaf);
        if (context == null) {
          super.createOffsetsEnumsWeightMatcher(leaf, doc, results);
          return;
        }
        if (weight == null) {
          IndexSearcher uncached = new IndexSearcher(searcher.getIndexReader());
          uncached.setQueryCache(null);
          weight =
              uncached.createWeight(
                  uncached.rewrite(components.getQuery()), ScoreMode.COMPLETE_NO_SCORES, 1f);
        }
        Matches matches = weight.matches(context, doc);
        if (matches == null) {
          return;
        }
        for (String field : matches) {
          MatchesIterator iterator =
              components.getFieldMatcher().test(field) ? matches.getMatches(field) : null;
          if (iterator != null) {
            results.add(new OffsetsEnum.OfMatchesIteratorWithSubs(iterator));
          }
        }
      }
    };
  }

  /** The searcher's segment that {@code leaf} reads, or null. */
  private LeafReaderContext contextOf(LeafReader leaf) {
    for (LeafReaderContext c : searcher.getIndexReader().leaves()) {
      if (c.reader() == leaf) {
        return c;
      }
    }
    return null;
  }
}

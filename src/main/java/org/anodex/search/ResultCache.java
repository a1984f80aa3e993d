package org.anodex.search;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answers to the latest searches of one snapshot of the index (as Solr's query result cache):
 * the web UI asks the same search again for a facet click or a page back, and many readers ask the
 * same words. An answer is keyed by the whole plan and the index version it was read from, so a
 * write is never hidden: after a refresh, a new version misses and old answers age out.
 */
final class ResultCache {
  private final int capacity;
  private final Map<Key, SearchResult> answers;

  record Key(long version, SearchPlan plan) {}

  ResultCache(int capacity) {
    this.capacity = capacity;
    this.answers =
        new LinkedHashMap<>(64, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Key, SearchResult> eldest) {
            return size() > ResultCache.this.capacity;
          }
        };
  }

  synchronized SearchResult get(Key key) {
    return answers.get(key);
  }

  synchronized void put(Key key, SearchResult result) {
    if (capacity > 0) {
      answers.put(key, result);
    }
  }
}

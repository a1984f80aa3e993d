package org.anodex.index;

import java.util.Map;

/** What an index holds: papers, distinct values per facet dimension, bytes on disk. */
public record IndexStats(
    int papers, Map<String, Integer> facetValues, long sizeBytes, String location) {}

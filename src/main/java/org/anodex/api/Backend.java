package org.anodex.api;

import org.anodex.enrich.Taxonomy;
import org.anodex.ingest.Writes;
import org.anodex.search.Searcher;

/** What the HTTP API serves from: a searcher, the writes of POST/DELETE, the taxonomy. */
public record Backend(Searcher searcher, Writes writes, Taxonomy taxonomy) {}

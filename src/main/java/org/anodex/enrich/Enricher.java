package org.anodex.enrich;

import org.anodex.paper.Paper;

/** A stage that adds knowledge to a paper (topics, properties) from what the paper says. */
public interface Enricher {

  Paper enrich(Paper paper);
}

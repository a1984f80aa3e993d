package org.anodex.api;

import java.util.List;
import org.anodex.ingest.IngestSummary;

/**
 * What a write did: the counts of an ingest, every failure with its reason, and every paper kept in
 * part (what was cut at which budget).
 */
record WriteResult(
    int added,
    int updated,
    int unchanged,
    int failed,
    List<String> ids,
    List<IngestSummary.Failure> failures,
    List<IngestSummary.Failure> partial) {
  static WriteResult of(IngestSummary s) {
    return new WriteResult(
        s.added(), s.updated(), s.unchanged(), s.failed(), s.ids(), s.failures(), s.partial());
  }
}

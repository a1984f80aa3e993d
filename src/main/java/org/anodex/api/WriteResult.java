package org.anodex.api;

import java.util.List;
import org.anodex.ingest.IngestSummary;

/** What a write did: the counts of an ingest, and every failure with its reason. */
record WriteResult(int added, int updated, int unchanged, int failed, List<String> ids, List<IngestSummary.Failure> failures) {
  static WriteResult of(IngestSummary s) {
    return new WriteResult(s.added(), s.updated(), s.unchanged(), s.failed(), s.ids(), s.failures());
  }
}

package org.anodex.bench.report;

/** What one system cost besides latency: ingest, disk, start-up, memory (-1 where not measured). */
public record SystemFacts(
    String system,
    long papers,
    double ingestSeconds,
    double ingestPeakRssMb,
    long indexBytes,
    double startSeconds,
    String startNote,
    double heapUsedMb,
    double rssMb) {

  public double ingestPerSecond() {
    return papers / ingestSeconds;
  }
}

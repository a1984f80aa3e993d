package org.anodex.search;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One completion: the text to show and insert; {@code kind} says where it comes from (topic, term,
 * title); {@code filter} is the {@code DIM:VALUE} that selects it, for taxonomy completions.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Completion(String text, String kind, String filter) {}

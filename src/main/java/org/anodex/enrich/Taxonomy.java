package org.anodex.enrich;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.anodex.config.YamlFiles;

/**
 * The topic taxonomy ({@code taxonomy.yaml}): facet dimensions, their hierarchical values, and the
 * signals of each value. Data, not code: a user extends a copy and points {@code --taxonomy} (or
 * {@code ANODEX_TAXONOMY}) at it, then runs {@code anodex retag}.
 */
public record Taxonomy(
    @JsonProperty("body_min_mentions") int bodyMinMentions,
    List<String> context,
    List<Dimension> dimensions) {
  /** Dimensions every index has besides the taxonomy's: they cannot be taxonomy keys. */
  public static final Set<String> RESERVED =
      Set.of("year", "journal", "format", "author", "doi", "id");

  private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]*");

  public record Dimension(String key, String label, Aside aside, List<Value> values) {
    public Dimension {
      values = values == null ? List.of() : values;
      aside = aside == null ? Aside.NONE : aside;
    }

    /** Every value as a path ({@code silicon/micro-Si}), parents before their children. */
    public List<String> paths() {
      List<String> out = new ArrayList<>();
      collect(values, "", out);
      return out;
    }

    private static void collect(List<Value> values, String prefix, List<String> out) {
      for (Value v : values) {
        out.add(prefix + v.value());
        collect(v.children(), prefix + v.value() + "/", out);
      }
    }
  }

  public record Value(String value, List<Rule> signals, List<Value> children) {
    public Value {
      signals = signals == null ? List.of() : signals;
      children = children == null ? List.of() : children;
    }
  }

  /**
   * Words that say a signal of the dimension names a thing aside from the paper's own (a
   * background, a comparison, an outlook, another role): one of {@code before} ending at most
   * {@link #BEFORE} words ahead of the signal, or one of {@code after} starting at most {@link
   * #AFTER} words behind it, in the same clause (no comma, semicolon or colon between), or one of
   * {@code sentence} anywhere in its sentence, and the signal does not count.
   */
  public record Aside(List<String> before, List<String> after, List<String> sentence) {
    public static final Aside NONE = new Aside(List.of(), List.of(), List.of());
    public static final int BEFORE = 4;
    public static final int AFTER = 3;

    public Aside {
      before = before == null ? List.of() : before;
      after = after == null ? List.of() : after;
      sentence = sentence == null ? List.of() : sentence;
    }
  }

  /** One way a value is signalled; see the comments at the top of taxonomy.yaml. */
  public record Rule(
      List<String> terms,
      List<String> exact,
      List<String> regex,
      List<String> near,
      List<String> unless) {
    public Rule {
      terms = terms == null ? List.of() : terms;
      exact = exact == null ? List.of() : exact;
      regex = regex == null ? List.of() : regex;
      near = near == null ? List.of() : near;
      unless = unless == null ? List.of() : unless;
    }
  }

  public Taxonomy {
    dimensions = dimensions == null ? List.of() : dimensions;
    context = context == null ? List.of() : context;
    bodyMinMentions = Math.max(1, bodyMinMentions);
  }

  public static Taxonomy defaults() {
    try (InputStream in = Taxonomy.class.getResourceAsStream("/taxonomy.yaml")) {
      return parse(in, "taxonomy.yaml (built in)");
    } catch (IOException e) {
      throw new IllegalStateException("the built-in taxonomy does not load: " + e.getMessage(), e);
    }
  }

  public static Taxonomy load(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, file.toString());
    }
  }

  /** The taxonomy named by {@code file}, else by {@code ANODEX_TAXONOMY}, else the built-in one. */
  public static Taxonomy fromFileOrEnv(Path file) throws IOException {
    if (file != null) {
      return load(file);
    }
    String env = System.getenv("ANODEX_TAXONOMY");
    return env == null || env.isBlank() ? defaults() : load(Path.of(env));
  }

  static Taxonomy parse(InputStream in, String name) throws IOException {
    Taxonomy t = YamlFiles.read(in, name, Taxonomy.class);
    t.validate(name);
    return t;
  }

  public List<String> dimensionKeys() {
    return dimensions.stream().map(Dimension::key).toList();
  }

  public Dimension dimension(String key) {
    return dimensions.stream().filter(d -> d.key().equals(key)).findFirst().orElse(null);
  }

  private void validate(String name) throws IOException {
    Set<String> keys = new HashSet<>();
    for (Dimension d : dimensions) {
      if (d.key() == null || !KEY.matcher(d.key()).matches()) {
        throw new IOException(
            name + ": dimension key '" + d.key() + "' must be lower case letters, digits, '_'");
      }
      if (RESERVED.contains(d.key()) || !keys.add(d.key())) {
        throw new IOException(name + ": dimension key '" + d.key() + "' is reserved or used twice");
      }
      validate(name, d.key(), d.values(), "");
    }
  }

  private static void validate(String name, String dim, List<Value> values, String prefix)
      throws IOException {
    Set<String> seen = new HashSet<>();
    for (Value v : values) {
      String path = prefix + v.value();
      if (v.value() == null || v.value().isBlank() || v.value().contains("/")) {
        throw new IOException(
            name + ": " + dim + ": value '" + path + "' must be a non-empty label without '/'");
      }
      if (!seen.add(v.value())) {
        throw new IOException(name + ": " + dim + ": value '" + path + "' appears twice");
      }
      for (Rule r : v.signals()) {
        for (String re : r.regex()) {
          try {
            Pattern.compile(re);
          } catch (PatternSyntaxException e) {
            throw new IOException(
                name + ": " + dim + ":" + path + ": bad regex " + re + ": " + e.getDescription());
          }
        }
      }
      validate(name, dim, v.children(), path + "/");
    }
  }
}

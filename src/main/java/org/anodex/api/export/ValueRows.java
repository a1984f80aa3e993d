package org.anodex.api.export;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.anodex.paper.Paper;
import org.anodex.paper.Property;

/**
 * The extracted values of papers as rows of a table ({@code /api/values}): one row per value, with
 * the paper it came from, its conditions, what it describes and its evidence.
 */
public final class ValueRows {

  /** One value of one paper: the columns of {@code /api/values}, in this order in every format. */
  @JsonPropertyOrder({
    "id",
    "title",
    "year",
    "journal",
    "property",
    "value",
    "max",
    "unit",
    "raw",
    "conditions",
    "describes",
    "cell",
    "section",
    "evidence"
  })
  public record Row(
      String id,
      String title,
      Integer year,
      String journal,
      String property,
      Double value,
      Double max,
      String unit,
      String raw,
      Map<String, Object> conditions,
      String describes,
      String cell,
      String section,
      String evidence) {}

  private final Set<String> properties;
  private final Predicate<Property> kept;

  /**
   * @param properties the property keys whose values are rows (empty: every property)
   * @param kept which values of those properties are rows: every one, or (linked range conditions
   *     such as {@code range=capacity_retention:80..@cycles:500..}) those that satisfy the
   *     condition, so that the rows of a search are the measurements it asked for and not every
   *     other value of its papers
   */
  public ValueRows(Set<String> properties, Predicate<Property> kept) {
    this.properties = Set.copyOf(properties);
    this.kept = kept;
  }

  /** The rows of one paper, in the order its values were extracted. */
  public List<Row> of(Paper paper) {
    List<Row> rows = new ArrayList<>();
    for (Property p : paper.properties()) {
      if ((properties.isEmpty() || properties.contains(p.name())) && kept.test(p)) {
        rows.add(
            new Row(
                paper.id(),
                paper.title(),
                paper.year(),
                paper.journal(),
                p.name(),
                p.value(),
                p.max(),
                p.unit(),
                p.raw(),
                p.conditions(),
                p.describes(),
                p.cell(),
                p.section(),
                p.evidence()));
      }
    }
    return rows;
  }
}

package org.anodex.solr.plugin;

import java.io.IOException;
import java.util.List;
import org.anodex.index.LinkedValues;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.SortField;
import org.apache.solr.common.SolrException;
import org.apache.solr.response.TextResponseWriter;
import org.apache.solr.schema.FieldType;
import org.apache.solr.schema.SchemaField;
import org.apache.solr.uninverting.UninvertingReader;

/**
 * The {@code lv_*} fields of the schema: each value of a property with its own conditions as one
 * multi-dimensional point, exactly as the embedded index writes it ({@link LinkedValues}; the
 * documents carry the points as text). Solr's point fields have one dimension, and nested child
 * documents would make every other query of the collection exclude the children; these points keep
 * one document per paper and are searched by the {@code linked} parser ({@link
 * LinkedQParserPlugin}) with the embedded index's own query.
 */
public final class LinkedPointsField extends FieldType {

  @Override
  public List<IndexableField> createFields(SchemaField field, Object value) {
    return List.of(createField(field, value));
  }

  @Override
  public IndexableField createField(SchemaField field, Object value) {
    try {
      return LinkedValues.point(field.getName(), value.toString());
    } catch (IllegalArgumentException e) {
      throw new SolrException(
          SolrException.ErrorCode.BAD_REQUEST, field.getName() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void write(TextResponseWriter writer, String name, IndexableField f) throws IOException {
    writer.writeStr(name, f.toString(), false);
  }

  @Override
  public SortField getSortField(SchemaField field, boolean top) {
    throw new SolrException(
        SolrException.ErrorCode.BAD_REQUEST,
        "linked values cannot be sorted on: " + field.getName());
  }

  @Override
  public UninvertingReader.Type getUninversionType(SchemaField sf) {
    return null;
  }
}

package org.anodex.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Safe DOM parsing (no DTD loading, no external entities: publisher files declare DTDs that cannot
 * be fetched offline, and a hostile file must not read local files) and the few queries the article
 * readers need, by local name so that namespace prefixes do not matter.
 */
final class Xml {
  /**
   * Elements that flow inside a sentence: their text joins the text around them without a space.
   */
  private static final Set<String> INLINE =
      Set.of(
          "sub",
          "sup",
          "inf",
          "italic",
          "bold",
          "b",
          "i",
          "u",
          "em",
          "strong",
          "sc",
          "small-caps",
          "underline",
          "monospace",
          "named-content",
          "styled-content",
          "inline-formula",
          "xref",
          "cross-ref",
          "cross-refs",
          "ext-link",
          "uri",
          "email",
          "hi",
          "span",
          "math",
          "mi",
          "mn",
          "mo",
          "msub",
          "msup",
          "mrow",
          "mtext",
          "inter-ref",
          "hsp",
          "vsp",
          "glyph",
          "chem",
          "text",
          "abbrev",
          "r",
          "sansserif",
          "font",
          "a");

  private Xml() {}

  static Document parse(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      DocumentBuilder builder = factory().newDocumentBuilder();
      builder.setEntityResolver(
          (publicId, systemId) -> new InputSource(new java.io.StringReader("")));
      builder.setErrorHandler(null);
      return builder.parse(in);
    } catch (SAXParseException e) {
      throw new UnreadableFileException(
          "malformed XML at line "
              + e.getLineNumber()
              + ", column "
              + e.getColumnNumber()
              + ": "
              + e.getMessage());
    } catch (SAXException | ParserConfigurationException e) {
      throw new UnreadableFileException("malformed XML: " + e.getMessage());
    }
  }

  private static DocumentBuilderFactory factory() throws ParserConfigurationException {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setValidating(false);
    f.setExpandEntityReferences(false);
    f.setXIncludeAware(false);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://xml.org/sax/features/external-general-entities", false);
    f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return f;
  }

  /** Every descendant element with this local name, in document order. */
  static List<Element> all(Node scope, String localName) {
    List<Element> out = new ArrayList<>();
    if (scope == null) {
      return out;
    }
    NodeList list =
        scope instanceof Document d
            ? d.getElementsByTagNameNS("*", localName)
            : ((Element) scope).getElementsByTagNameNS("*", localName);
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }

  static Element first(Node scope, String localName) {
    List<Element> all = all(scope, localName);
    return all.isEmpty() ? null : all.get(0);
  }

  /** The first element reached by a path of local names, each step a direct child. */
  static Element child(Node scope, String... path) {
    Node current = scope;
    for (String step : path) {
      Node found = null;
      for (Node c = current == null ? null : current.getFirstChild();
          c != null;
          c = c.getNextSibling()) {
        if (c instanceof Element e && step.equals(e.getLocalName())) {
          found = c;
          break;
        }
      }
      if (found == null) {
        return null;
      }
      current = found;
    }
    return (Element) current;
  }

  static List<Element> children(Node scope, String localName) {
    List<Element> out = new ArrayList<>();
    for (Node c = scope == null ? null : scope.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element e && localName.equals(e.getLocalName())) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * The text of an element with blocks (paragraphs, titles, cells) separated and inline markup
   * joined.
   */
  static String text(Node node, Set<String> skip) {
    if (node == null) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    append(node, skip, out);
    String s =
        out.toString()
            .replaceAll("[ \\t\\x0B\\f\\r]+", " ")
            .replaceAll(" ?\\n ?", "\n")
            .replaceAll("\\n{3,}", "\n\n")
            .strip();
    return s.isEmpty() ? null : s;
  }

  static String text(Node node) {
    return text(node, Set.of());
  }

  private static void append(Node node, Set<String> skip, StringBuilder out) {
    for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
        out.append(c.getNodeValue());
      } else if (c instanceof Element e) {
        String name = e.getLocalName() == null ? e.getNodeName() : e.getLocalName();
        if (skip.contains(name)) {
          continue;
        }
        boolean inline = INLINE.contains(name);
        if (!inline) {
          out.append("\n\n");
        }
        append(e, skip, out);
        if (!inline) {
          out.append("\n\n");
        }
      }
    }
  }

  static String attr(Element e, String name) {
    String v = e == null ? null : e.getAttribute(name);
    return v == null || v.isEmpty() ? null : v;
  }
}

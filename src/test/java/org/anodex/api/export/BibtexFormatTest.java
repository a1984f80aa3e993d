package org.anodex.api.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anodex.paper.Paper;
import org.junit.jupiter.api.Test;

class BibtexFormatTest {
  private static Paper paper(String id, String title, Integer year, String... authors) {
    return Paper.builder().id(id).title(title).year(year).authors(List.of(authors)).build(id);
  }

  @Test
  void keysAreFamilyNameYearAndFirstSignificantTitleWordUniqueWithinTheExport() throws IOException {
    List<Paper> papers =
        List.of(
            paper(
                "10.5555~anodex.2024.0001",
                "A cross-linked PAA–CMC binder network keeps micro-sized silicon anodes intact",
                2024,
                "Lena Hartmann",
                "Tomás Ortega"),
            paper("k-x", "The cross-linked binder, revisited", 2024, "Hartmann, L."),
            paper("k-y", "On the cross-linked binder, again", 2024, "Lena Hartmann"),
            paper("k-z", "Électrolytes à base d'éther", 2021, "Renée Müller-Lüdenscheidt"),
            paper("k-w", "Silicon without authors", null));
    BibtexFormat format = new BibtexFormat();
    StringWriter out = new StringWriter();
    for (Paper p : papers) {
      format.write(p, out);
    }
    Matcher m = Pattern.compile("@article\\{([^,]+),").matcher(out.toString());
    List<String> keys = m.results().map(r -> r.group(1)).toList();
    assertThat(keys)
        .containsExactly(
            "Hartmann2024crosslinked",
            "Hartmann2024crosslinkeda",
            "Hartmann2024crosslinkedb",
            "MullerLudenscheidt2021electrolytes",
            "silicon");
  }
}

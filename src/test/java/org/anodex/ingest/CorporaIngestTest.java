package org.anodex.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.anodex.Fixtures;
import org.anodex.paper.Paper;
import org.junit.jupiter.api.Test;

/** The foundation's promises on the real corpora of ../shared (skipped where it is absent). */
class CorporaIngestTest {
  private static final Pattern JUNK_TITLE =
      Pattern.compile(
          "(?i).*(microsoft word|\\.pdf$|\\.docx?$|\\.dvi$|\\.xml$|^introduction$|^abstract$|^untitled|^doi:|^references$).*");

  @Test
  void batteryAbstractsGive5075PapersAndASecondRunChangesNothing() {
    Path abstracts = Fixtures.corpora().resolve("battery-abstracts");
    Fixtures.Built built = Fixtures.abstracts();

    assertThat(built.summary().failures()).isEmpty();
    assertThat(built.summary().added()).isEqualTo(5075);

    Fixtures.Built again = Fixtures.rebuildInto(built.index(), List.of(abstracts));
    assertThat(again.summary().added()).isZero();
    assertThat(again.summary().updated()).isZero();
    assertThat(again.summary().unchanged()).isEqualTo(5075);
  }

  @Test
  void fullTextsAndBibliographiesGive208PapersWithRealTitles() throws IOException {
    Fixtures.Built built = Fixtures.fulltext();

    assertThat(built.summary().failures()).isEmpty();
    assertThat(built.summary().added()).isEqualTo(208);
    List<Paper> papers = new ArrayList<>();
    built.index().forEach(papers::add);
    assertThat(papers)
        .hasSize(208)
        .allSatisfy(
            p -> {
              assertThat(p.title()).as(p.source()).isNotBlank().doesNotMatch(JUNK_TITLE);
              String file = Path.of(p.source()).getFileName().toString();
              assertThat(p.title())
                  .as(p.source())
                  .isNotEqualToIgnoringCase(file.replaceAll("\\.[^.]+$", ""));
            });
  }

  @Test
  void publisherFilesGetTheirArticleDoisNotTheJournals() throws IOException {
    Fixtures.Built built = Fixtures.fulltext();

    assertThat(built.index().get("10.1007~s11581-014-1138-8").source()).isEqualTo("spr_test2.xml");
    assertThat(built.index().get("10.1186~s11671-021-03631-x").title())
        .isEqualTo("Nano and Battery Anode: A Review");
    assertThat(built.index().get("10.1039~d1cp04047b").title())
        .isEqualTo(
            "Structural transformation and electrochemical properties of a nanosized flower-like R-MnO2 cathode in a sodium battery");
    assertThat(built.index().get("10.1016~j.est.2021.103685").format()).isEqualTo("elsevier-xml");
    assertThat(built.index().get("10.1016~j.aim.2013.09.001").title())
        .isEqualTo("Generalized Macdonald-Ruijsenaars systems");
    List<String> dois = new ArrayList<>();
    built.index().forEach(p -> dois.add(p.doi()));
    assertThat(dois).doesNotContain("10.1007/11671.1556-276x", "10.1007/11581.1862-0760");
  }

  @Test
  void pdfTitlesComeFromThePageNotFromJunkMetadata() throws IOException {
    Fixtures.Built built = Fixtures.fulltext();
    List<String> pdfTitles = new ArrayList<>();
    built
        .index()
        .forEach(
            p -> {
              if ("pdf".equals(p.format())) {
                pdfTitles.add(p.title());
              }
            });

    assertThat(pdfTitles)
        .hasSize(10)
        .contains(
            "Heavy Mesons In A Relativistic Model", // Info title "paper.dvi", Type 3 fonts
            "Hydrogen incorporation in a-Si:H - growth studies on an Expanding Thermal Plasma", // a
            // scan: OCR
            "Fragment-based design for the development of N-domain-selective angiotensin-1-converting enzyme inhibitors",
            "Patient Experiences of Structured Heart Failure Programmes");
  }
}

package org.anodex.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.anodex.Fixtures;
import org.anodex.paper.Paper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One real file per supported full-text format (the team's sample papers), read through the
 * production sources: Tika in a parse process, or the publisher-XML readers. A library bump that
 * breaks a format fails here.
 */
class FullTextFormatsTest {
  private static Sources sources;

  @BeforeAll
  static void open() {
    sources = Fixtures.sources();
  }

  @AfterAll
  static void close() {
    sources.close();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      micro-si-crosslinked-paa-cmc-binder.pdf          | pdf          | 10.5555/anodex.2024.0001 | 2024 | Lena Hartmann       | A cross-linked PAA–CMC binder network keeps micro-sized silicon anodes intact at 3 mAh cm−2
      fec-depletion-si-graphite-pouch-cells.docx       | docx         | 10.5555/anodex.2020.0015 | 2020 | Patrick Mwangi      | Fluoroethylene carbonate depletion sets the lifetime of silicon–graphite pouch cells
      ald-al2o3-artificial-sei-si-thin-film.odt        | odt          | 10.5555/anodex.2017.0009 | 2017 | Jan Kowalczyk       | Atomic layer deposited Al2O3 as an artificial SEI on silicon thin-film anodes
      siox-c-cryo-em-lhce.html                         | html         | 10.5555/anodex.2025.0002 | 2025 |                     | Cryo-EM reveals lithium trapping in SiOx/C anodes cycled in a localized high-concentration electrolyte
      si-alloy-anodes-mini-review.txt                  | txt          | 10.5555/anodex.2021.0010 | 2021 | Clara Dupont        | Beyond pure silicon: Si–Sn, Si–Ge and FeSi alloy anodes and their competitors. A mini review
      si-graphite-machine-learning-cycle-life.jats.xml | jats         | 10.5555/anodex.2023.0003 | 2023 |                     | Early-cycle GITT and impedance features predict the cycle life of silicon–graphite pouch cells: a machine learning study
      siox-graphite-21700-thermal-runaway.elsevier.xml | elsevier-xml | 10.5555/anodex.2025.0007 | 2025 |                     | Gas evolution and thermal runaway of 21700 cylindrical cells with SiOx–graphite anodes and NCA cathodes
      """)
  void readsTitleDoiYearAuthorAndText(
      String file, String format, String doi, int year, String firstAuthor, String title)
      throws IOException {
    Paper p = readOne(Fixtures.sampleData().resolve(file));

    assertThat(p.format()).isEqualTo(format);
    assertThat(p.title()).isEqualTo(title);
    assertThat(p.doi()).isEqualTo(doi);
    assertThat(p.id()).isEqualTo(doi.replace('/', '~'));
    assertThat(p.year()).isEqualTo(year);
    if (firstAuthor != null) {
      assertThat(p.authors()).first().isEqualTo(firstAuthor);
    }
    assertThat(p.abstractText()).hasSizeGreaterThan(200);
    assertThat(p.body()).hasSizeGreaterThan(1000);
  }

  /** The description meta tag holds the abstract cut at 200 characters; the page holds it whole. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      siox-c-cryo-em-lhce.html            | Silicon suboxide (SiOx, x ≈ 1) anodes expand less | capacity retention is 85.3% after 300 cycles at 0.5 C.
      lithiated-si-li-s-electrolytes.html | Lithium–sulfur (Li–S) batteries promise high       | short-circuited through dendrites after 140 cycles.
      """)
  void htmlPapersHaveTheirWholeAbstract(String file, String start, String end) throws IOException {
    Paper p = readOne(Fixtures.sampleData().resolve(file));
    assertThat(p.abstractText()).startsWith(start).endsWith(end).doesNotContain("…");
  }

  /**
   * Publisher pages of ../shared mark their abstract in the HTML only (RSC's {@code <p
   * class="abstract">}, ACS's {@code #abstractBox}); its length, as the page has it, says it was
   * taken whole and alone (the text is the publishers', so it is not written here).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      battery-papers/rsc_test1.html                   | 1246
      battery-papers/rsc_test2.html                   | 658
      publisher-formats/rsc/10.1039_C6OB02074G.html   | 366
      publisher-formats/rsc/test_paper.html           | 1111
      publisher-formats/acs/acs.jmedchem.6b00723.html | 861
      """)
  void publisherPagesHaveTheAbstractTheyMark(String file, int length) throws IOException {
    Paper p = readOne(Fixtures.corpora().resolve("fulltext").resolve(file));
    assertThat(p.abstractText())
        .hasSize(length)
        .doesNotStartWith("Abstract")
        .doesNotContain("Top of Page");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      si-anodes-pubmed.xml | 3 | pubmed
      real-si-anodes.jsonl | 10 | jsonl
      real-si-anodes.bib   | 11 | bibtex
      real-si-anodes.ris   | 11 | ris
      """)
  void recordFilesYieldEveryRecord(String file, int records, String format) throws IOException {
    List<Paper> papers = read(Fixtures.sampleData().resolve(file));

    assertThat(papers)
        .hasSize(records)
        .allSatisfy(
            p -> {
              assertThat(p.format()).isEqualTo(format);
              assertThat(p.title()).isNotBlank();
            });
    assertThat(papers).extracting(Paper::id).doesNotHaveDuplicates();
  }

  private static Paper readOne(Path file) throws IOException {
    List<Paper> papers = read(file);
    assertThat(papers).hasSize(1);
    return papers.get(0);
  }

  private static List<Paper> read(Path file) throws IOException {
    RecordSourcesTest.Collected c = new RecordSourcesTest.Collected();
    sources.forFile(file).read(SourceFile.of(file), c);
    assertThat(c.rejected).isEmpty();
    return c.papers;
  }
}

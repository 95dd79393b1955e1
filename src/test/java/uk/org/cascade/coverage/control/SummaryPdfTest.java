package uk.org.cascade.coverage.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import uk.org.cascade.coverage.control.LocalAuthoritySummary.AtRiskSchool;
import uk.org.cascade.coverage.control.LocalAuthoritySummary.Counts;
import uk.org.cascade.coverage.control.LocalAuthoritySummary.Month;
import uk.org.cascade.coverage.control.LocalAuthoritySummary.Summary;
import uk.org.cascade.coverage.entity.CoverageStatus;
import uk.org.cascade.platform.control.Today;

/** The one-page summary as a commissioner reads it, drawn from figures made up here. */
class SummaryPdfTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 6);

    private static Counts counts(long covered, long atRisk, long gap, long notStarted) {
        return new Counts(Map.of(CoverageStatus.COVERED, covered, CoverageStatus.AT_RISK, atRisk, CoverageStatus.GAP, gap,
                CoverageStatus.NOT_STARTED, notStarted));
    }

    private static List<Month> trend(boolean withGap) {
        List<Month> months = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            LocalDate first = LocalDate.of(2026, 1, 1).plusMonths(i);
            months.add(new Month(first, withGap && i == 3 ? Optional.empty() : Optional.of(counts(i, 1, 2, 12 - i))));
        }
        return months;
    }

    private static List<AtRiskSchool> schools(int n, String name) {
        List<AtRiskSchool> schools = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            schools.add(new AtRiskSchool(name + " " + (i + 1), DAY.plusDays(10 + i % 80),
                    "One trained member of staff's competency expires on 3 March 2027"));
        }
        return schools;
    }

    private static Summary summary(List<AtRiskSchool> atRisk, Optional<RefresherNeeds.Need> refreshers) {
        return new Summary("Norfolk", "Parent-led CBT for child anxiety \u2014 school staff", DAY, counts(3, 1, 1, 1),
                DAY.plusDays(90), counts(2, 1, 2, 1), trend(true), atRisk, refreshers,
                ZonedDateTime.of(2026, 12, 6, 14, 5, 0, 0, Today.ENGLAND));
    }

    private static Optional<RefresherNeeds.Need> fivePlaces() {
        return Optional.of(new RefresherNeeds.Need("Parent-led CBT refresher", List.of(
                new RefresherNeeds.Month(YearMonth.of(2026, 12), 3), new RefresherNeeds.Month(YearMonth.of(2027, 2), 2))));
    }

    /** {@code -Dsummary.pdf.dir=/some/folder} keeps the pages drawn here, to look at them. */
    private static void keep(String name, byte[] pdf) throws IOException {
        String dir = System.getProperty("summary.pdf.dir");
        if (dir != null) {
            java.nio.file.Files.write(java.nio.file.Path.of(dir, name), pdf);
        }
    }

    private static String text(PDDocument document) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper.getText(document);
    }

    @Test
    void thePage_saysWhereWhatAndWhen_theCountsTodayAndInNinetyDays_andTheRefresherPlaces() throws IOException {
        byte[] pdf = SummaryPdf.pdf(summary(schools(2, "Mill Lane Primary"), fivePlaces()));
        keep("short.pdf", pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            String text = text(document);
            assertTrue(text.startsWith("Norfolk\n"), text);
            assertTrue(text.contains("Parent-led CBT for child anxiety \u2014 school staff"), text);
            assertTrue(text.contains("Coverage as at 6 December 2026"), text);
            assertTrue(text.contains("Today In 90 days"), text);
            assertTrue(text.contains("6 December 2026 6 March 2027"), text);
            assertTrue(text.contains("Covered 3 2"), text);
            assertTrue(text.contains("At risk 1 1"), text);
            assertTrue(text.contains("Gap 1 2"), text);
            assertTrue(text.contains("Not started 1 1"), text);
            assertTrue(text.contains("Open schools 6 6"), text);
            assertTrue(text.contains("In cover 67% (4 of 6 schools) 50% (3 of 6 schools)"), text);
            assertTrue(text.contains("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"), "months read alike: " + text);
            assertTrue(text.contains("Covered 0 1 2 \u2013 4 5"), "a month without a snapshot is a dash: " + text);
            assertTrue(text.contains("Mill Lane Primary 1 16 December 2026 One trained member of staff's competency expires on\n"
                    + "3 March 2027"), "a date is never broken across lines: " + text);
            assertFalse(text.contains("more at-risk"), text);
            assertTrue(text.contains("5 places on Parent-led CBT refresher"), text);
            assertTrue(text.contains("December 2026: 3, February 2027: 2"), text);
            assertTrue(text.contains("Generated on 6 December 2026, 14:05 by Cascade"), text);
            assertEquals("en-GB", document.getDocumentCatalog().getLanguage());
            assertEquals("Coverage summary: Norfolk, Parent-led CBT for child anxiety \u2014 school staff, as at 6 December 2026",
                    document.getDocumentInformation().getTitle());
        }
    }

    @Test
    void aLongAtRiskList_staysOnOnePage_andSaysHowManyMore() throws IOException {
        String longName = "The Very Long Named Church of England Voluntary Aided Federated Infant and Junior School of";
        byte[] pdf = SummaryPdf.pdf(summary(schools(500, longName), fivePlaces()));
        keep("long.pdf", pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            String text = text(document);
            int shown = (int) text.lines().filter(l -> l.contains("December 2026 One trained") || l.contains("2027 One trained")).count();
            assertTrue(shown >= 5, "several schools fit: " + text);
            assertTrue(text.contains("and " + (500 - shown) + " more at-risk schools: the coverage dashboard lists them all."),
                    shown + " shown: " + text);
            assertTrue(text.contains("Refresher places needed in the next 12 months"), "the sections below the list stay: " + text);
            assertTrue(text.contains("Generated on 6 December 2026"), text);
        }
    }

    @Test
    void oneMoreSchool_isSingular_andNoneAtRisk_saysSo() throws IOException {
        int fit;
        try (PDDocument document = Loader.loadPDF(SummaryPdf.pdf(summary(schools(300, "School"), fivePlaces())))) {
            String text = text(document);
            fit = 300 - Integer.parseInt(text.replaceAll("(?s).*and (\\d+) more at-risk schools.*", "$1"));
        }
        List<AtRiskSchool> oneTooMany = new ArrayList<>(schools(fit, "School"));
        oneTooMany.add(new AtRiskSchool("A school whose name is so long that it takes three lines of the column to write "
                + "it out in full", DAY.plusDays(89), "Two trained staff's competencies expire on 3 March 2027; one trained "
                + "member of staff leaves, their last day 4 March 2027; three trained staff's competencies expire on 5 "
                + "March 2027"));
        try (PDDocument document = Loader.loadPDF(SummaryPdf.pdf(summary(oneTooMany, fivePlaces())))) {
            assertTrue(text(document).contains("and 1 more at-risk school: the coverage"), text(document));
        }
        try (PDDocument document = Loader.loadPDF(SummaryPdf.pdf(summary(List.of(), Optional.empty())))) {
            String text = text(document);
            assertTrue(text.contains("No school is at risk of losing cover in the next 90 days."), text);
            assertTrue(text.contains("No refresher programme renews this programme's competency"), text);
        }
    }

    @Test
    void theFontIsEmbedded_andNamesItCannotDraw_doNotFailThePage() throws IOException {
        List<AtRiskSchool> schools = List.of(new AtRiskSchool("Ysgol Gynradd Llanfair\u0175 \uD83D\uDE00 \u4E2D", DAY.plusDays(3),
                "One trained member of staff leaves, their last day 8 December 2026"));
        byte[] pdf = SummaryPdf.pdf(summary(schools, Optional.of(new RefresherNeeds.Need("Refresher", List.of()))));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = text(document);
            assertTrue(text.contains("Ysgol Gynradd Llanfair\u0175 ? ?"), "Welsh drawn as written, the rest as '?': " + text);
            assertTrue(text.contains("None on Refresher: everyone in Norfolk"), text);
            var resources = document.getPage(0).getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
            }
        }
    }

    @Test
    void theFileName_carriesTheAuthorityAndTheDay_inSafeCharacters() {
        Summary s = summary(List.of(), Optional.empty());
        assertEquals("Norfolk coverage summary 2026-12-06.pdf", SummaryPdf.fileName(s));
        Summary odd = new Summary("Bristol, City of \"\u00E9\"/x", s.programmeTitle(), DAY, s.today(), s.horizon(),
                s.atHorizon(), s.trend(), s.atRisk(), s.refreshers(), s.generated());
        assertEquals("Bristol, City of x coverage summary 2026-12-06.pdf", SummaryPdf.fileName(odd));
    }
}

package uk.org.cascade.coverage.control;

import static uk.org.cascade.coverage.control.LocalAuthoritySummary.DAY;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import uk.org.cascade.coverage.control.LocalAuthoritySummary.AtRiskSchool;
import uk.org.cascade.coverage.control.LocalAuthoritySummary.Counts;
import uk.org.cascade.coverage.control.LocalAuthoritySummary.Month;
import uk.org.cascade.coverage.control.LocalAuthoritySummary.Summary;
import uk.org.cascade.coverage.control.PdfCanvas.Colour;
import uk.org.cascade.coverage.entity.CoverageStatus;
import uk.org.cascade.platform.Dates;

/**
 * A local authority's coverage on one A4 page, for commissioners: the counts today and in 90 days, the last 12 months
 * as a stacked bar chart over a table of the same numbers, the at-risk schools most urgent first (as many as fit,
 * then "and N more"), the refresher places needed and when it was made. Always exactly one page.
 */
public final class SummaryPdf {

    static final float MARGIN = 42;
    private static final PDRectangle A4 = PDRectangle.A4;
    private static final float LEFT = MARGIN;
    private static final float RIGHT = A4.getWidth() - MARGIN;
    private static final float WIDTH = RIGHT - LEFT;
    private static final float BOTTOM = MARGIN;
    private static final Colour INK = Colour.of("#0b0c0c");
    private static final Colour GREY = Colour.of("#505a5f");
    private static final Colour LINE = Colour.of("#b1b4b6");
    /** The dashboard's status colours (StatusCharts), each at least 4.5:1 on white. */
    private static final Map<CoverageStatus, Colour> COLOURS = Map.of(CoverageStatus.COVERED, Colour.of("#1b6e3a"),
            CoverageStatus.AT_RISK, Colour.of("#9a4d00"), CoverageStatus.GAP, Colour.of("#b3261e"),
            CoverageStatus.NOT_STARTED, Colour.of("#5c5f66"));
    private static final DateTimeFormatter MONTH = Dates.MONTH;
    private static final float BODY = 9;
    private static final float SMALL = 7.5f;
    private static final float LABELS = 78;

    private final PdfCanvas c;
    private final Summary s;
    private float y = A4.getHeight() - MARGIN;

    private SummaryPdf(PdfCanvas canvas, Summary summary) {
        this.c = canvas;
        this.s = summary;
    }

    /** The page, ready to send. */
    public static byte[] pdf(Summary summary) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(A4);
            document.addPage(page);
            describe(document, summary);
            try (PdfCanvas canvas = new PdfCanvas(document, page)) {
                new SummaryPdf(canvas, summary).draw();
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The summary could not be drawn", e);
        }
    }

    /** "Norfolk coverage summary 2026-12-06.pdf", in the characters every browser and file system take. */
    public static String fileName(Summary summary) {
        String name = summary.localAuthority().replaceAll("[^A-Za-z0-9 ,.'()-]", "").replaceAll(" +", " ").strip();
        return (name.isEmpty() ? "Local authority" : name) + " coverage summary " + summary.day() + ".pdf";
    }

    private void draw() throws IOException {
        title();
        counts();
        trend();
        List<String> refreshers = refresherLines();
        float footerTop = BOTTOM + 22;
        float refresherHeight = 26 + refreshers.size() * 11.5f;
        atRisk(footerTop + refresherHeight + 6);
        refreshers(refreshers);
        footer();
    }

    private void title() throws IOException {
        paragraph(s.localAuthority(), 22, true, INK, WIDTH, 26);
        y -= 2;
        paragraph(s.programmeTitle(), 12, false, INK, WIDTH, 15);
        paragraph("Coverage as at " + DAY.format(s.day()), 12, false, GREY, WIDTH, 15);
        y -= 6;
        c.rule(LEFT, y, RIGHT, y, 1, INK);
        y -= 8;
    }

    private void counts() throws IOException {
        heading("Schools in cover");
        float today = LEFT + 300;
        float later = RIGHT - 40;
        y -= 11;
        c.textRight(today, y, "Today", BODY, true, INK);
        c.textRight(later, y, "In 90 days", BODY, true, INK);
        y -= 11;
        c.textRight(today, y, DAY.format(s.day()), SMALL, false, GREY);
        c.textRight(later, y, DAY.format(s.horizon()), SMALL, false, GREY);
        for (CoverageStatus status : CoverageStatus.values()) {
            y -= 13;
            c.box(LEFT, y - 1, 8, 8, COLOURS.get(status));
            c.text(LEFT + 13, y, label(status), BODY, false, INK);
            c.textRight(today, y, Long.toString(s.today().of(status)), BODY, false, INK);
            c.textRight(later, y, Long.toString(s.atHorizon().of(status)), BODY, false, INK);
        }
        y -= 5;
        c.rule(LEFT, y, RIGHT, y, 0.5f, LINE);
        y -= 12;
        c.text(LEFT + 13, y, "Open schools", BODY, false, INK);
        c.textRight(today, y, Long.toString(s.today().total()), BODY, false, INK);
        c.textRight(later, y, Long.toString(s.atHorizon().total()), BODY, false, INK);
        y -= 13;
        c.text(LEFT + 13, y, "In cover", BODY, true, INK);
        c.textRight(today, y, inCover(s.today()), BODY, true, INK);
        c.textRight(later, y, inCover(s.atHorizon()), BODY, true, INK);
        y -= 4;
        paragraph("In cover: covered or at risk, with the trained staff the school needs on the day. At risk: known "
                + "expiries and leavers take it below that within 90 days. Gap: below it, though it has had trained "
                + "staff. Not started: never had trained staff. In 90 days: as things stand, with the expiries and "
                + "leavers known today.", SMALL, false, GREY, WIDTH, 9.5f);
        y -= 6;
    }

    /** "67% (2 of 3 schools)". */
    static String inCover(Counts counts) {
        return counts.percentInCover().map(p -> p + "% (" + counts.inCover() + " of " + counts.total() + " "
                + (counts.total() == 1 ? "school" : "schools") + ")").orElse("no open schools");
    }

    private void trend() throws IOException {
        heading("The last 12 months");
        List<Month> months = s.trend();
        long max = months.stream().flatMap(m -> m.counts().stream()).mapToLong(Counts::total).max().orElse(-1);
        String range = MONTH.format(months.get(0).first()) + " to " + MONTH.format(months.get(months.size() - 1).first());
        if (max < 0) {
            paragraph("No monthly figures have been recorded yet for " + range + ": they are taken on the first day of "
                    + "each month.", BODY, false, INK, WIDTH, 11.5f);
            y -= 6;
            return;
        }
        paragraph("Schools by status on the first day of each month, " + range + (months.stream()
                .anyMatch(m -> m.counts().isEmpty()) ? "; a dash marks a month with no figures recorded." : "."),
                BODY, false, INK, WIDTH, 11.5f);
        float slot = (WIDTH - LABELS) / months.size();
        float height = 58;
        float base = y - 14 - height;
        long top = Math.max(1, max);
        c.rule(LEFT + LABELS, base, RIGHT, base, 0.5f, LINE);
        c.rule(LEFT + LABELS, base + height, RIGHT, base + height, 0.25f, LINE);
        c.textRight(LEFT + LABELS - 4, base - 2.5f, "0", SMALL, false, GREY);
        c.textRight(LEFT + LABELS - 4, base + height - 2.5f, top + (top == 1 ? " school" : " schools"), SMALL, false, GREY);
        for (int i = 0; i < months.size(); i++) {
            Counts counts = months.get(i).counts().orElse(null);
            if (counts == null) {
                continue;
            }
            float x = LEFT + LABELS + i * slot + slot * 0.2f;
            float bottom = base;
            for (CoverageStatus status : CoverageStatus.values()) {
                float h = height * counts.of(status) / top;
                if (h > 0) {
                    c.box(x, bottom, slot * 0.6f, h, COLOURS.get(status));
                    bottom += h;
                }
            }
        }
        y = base - 10;
        for (int i = 0; i < months.size(); i++) {
            c.textCentred(LEFT + LABELS + (i + 0.5f) * slot, y, shortMonth(months.get(i).first()), SMALL, true, INK);
        }
        for (CoverageStatus status : CoverageStatus.values()) {
            y -= 10;
            c.box(LEFT, y - 0.5f, 7, 7, COLOURS.get(status));
            c.text(LEFT + 11, y, label(status), SMALL, false, INK);
            for (int i = 0; i < months.size(); i++) {
                String n = months.get(i).counts().map(m -> Long.toString(m.of(status))).orElse("\u2013");
                c.textCentred(LEFT + LABELS + (i + 0.5f) * slot, y, n, SMALL, false, INK);
            }
        }
        y -= 10;
    }

    private void atRisk(float floor) throws IOException {
        List<AtRiskSchool> schools = s.atRisk();
        heading("Schools at risk, most urgent first");
        if (schools.isEmpty()) {
            paragraph("No school is at risk of losing cover in the next 90 days.", BODY, false, INK, WIDTH, 11.5f);
            y -= 6;
            return;
        }
        float name = 190;
        float when = 88;
        float why = WIDTH - name - when - 12;
        float lead = 10.5f;
        y -= 10;
        c.text(LEFT, y, "School", BODY, true, INK);
        c.text(LEFT + name + 6, y, "Loses cover on", BODY, true, INK);
        c.text(LEFT + name + when + 12, y, "Why", BODY, true, INK);
        y -= 4;
        int shown = 0;
        for (AtRiskSchool school : schools) {
            List<String> names = c.wrap(school.name(), BODY, name);
            List<String> reasons = c.wrap(school.why(), BODY - 0.5f, why);
            float height = Math.max(names.size(), reasons.size()) * lead + 3;
            boolean last = shown == schools.size() - 1;
            if (y - height - (last ? 0 : 14) < floor) {
                break;
            }
            c.rule(LEFT, y, RIGHT, y, 0.25f, LINE);
            float line = y - lead + 1;
            for (String n : names) {
                c.text(LEFT, line, n, BODY, false, INK);
                line -= lead;
            }
            c.text(LEFT + name + 6, y - lead + 1, DAY.format(school.losesCoverOn()), BODY, false, INK);
            line = y - lead + 1;
            for (String r : reasons) {
                c.text(LEFT + name + when + 12, line, r, BODY - 0.5f, false, INK);
                line -= lead;
            }
            y -= height;
            shown++;
        }
        int more = schools.size() - shown;
        if (more > 0) {
            y -= 11;
            c.text(LEFT, y, "and " + more + " more at-risk " + (more == 1 ? "school" : "schools")
                    + ": the coverage dashboard lists them all.", BODY, true, INK);
        }
        y -= 8;
    }

    private List<String> refresherLines() {
        String area = s.localAuthority();
        YearMonth first = YearMonth.from(s.day());
        String period = MONTH.format(first) + " to " + MONTH.format(first.plusMonths(LocalAuthoritySummary.REFRESHER_MONTHS - 1));
        String text = s.refreshers().map(need -> {
            long places = need.places();
            if (places == 0) {
                return "None on " + need.refresherProgrammeTitle() + ": everyone in " + area + " whose renewal falls due from "
                        + period + " has a refresher place or a planned cohort that fits.";
            }
            return places + (places == 1 ? " place" : " places") + " on " + need.refresherProgrammeTitle()
                    + ", for trained staff in " + area + " whose renewal falls due from " + period + " and for whom no "
                    + "refresher cohort is planned yet. By month: " + need.months().stream()
                    .map(m -> MONTH.format(m.month()) + ": " + m.places()).collect(Collectors.joining(", ")) + ".";
        }).orElse("No refresher programme renews this programme's competency, so no refresher places are counted.");
        return c.wrap(text, BODY, WIDTH);
    }

    private void refreshers(List<String> lines) throws IOException {
        heading("Refresher places needed in the next 12 months");
        y -= 1.5f;
        for (String line : lines) {
            y -= 11.5f;
            c.text(LEFT, y, line, BODY, false, INK);
        }
    }

    private void footer() throws IOException {
        float line = BOTTOM + 14;
        c.rule(LEFT, line, RIGHT, line, 0.5f, LINE);
        c.text(LEFT, BOTTOM + 3, "Generated on " + Dates.DAY_AND_TIME.format(s.generated())
                + " by Cascade. Counts are of open schools; no member of staff is named.", SMALL, false, GREY);
    }

    private void heading(String text) throws IOException {
        y -= 16;
        c.text(LEFT, y, text, 12.5f, true, INK);
        y -= 2;
    }

    private void paragraph(String text, float size, boolean bold, Colour colour, float width, float lead)
            throws IOException {
        for (String line : c.wrap(text, size, width)) {
            y -= lead;
            c.text(LEFT, y, line, size, bold, colour);
        }
    }

    /** "Sep", not the "Sept" of the UK locale's short form, so that the twelve columns read alike. */
    private static String shortMonth(LocalDate first) {
        return MONTH.format(first).substring(0, 3);
    }

    static String label(CoverageStatus status) {
        return switch (status) {
            case COVERED -> "Covered";
            case AT_RISK -> "At risk";
            case GAP -> "Gap";
            case NOT_STARTED -> "Not started";
        };
    }

    private static void describe(PDDocument document, Summary s) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle("Coverage summary: " + s.localAuthority() + ", " + s.programmeTitle() + ", as at "
                + DAY.format(s.day()));
        info.setSubject("Schools in cover, the last 12 months, schools at risk and refresher places needed");
        info.setAuthor("Cascade");
        info.setCreator("Cascade");
        info.setCreationDate(GregorianCalendar.from(s.generated()));
        document.getDocumentCatalog().setLanguage("en-GB");
        // Readers show the title, not the file name, in their title bar and to screen readers
        PDViewerPreferences preferences = new PDViewerPreferences(document.getDocumentCatalog().getCOSObject());
        preferences.setDisplayDocTitle(true);
        document.getDocumentCatalog().setViewerPreferences(preferences);
    }
}

package uk.org.cascade.coverage.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import uk.org.cascade.coverage.entity.CoverageStatus;
import uk.org.cascade.platform.control.MapTiles;

/**
 * The dashboard's map of schools (WEB-INF/coverage/map.xhtml): where its script fetches the schools for the
 * dashboard's question, where a school's drill-down is, the tile source and the key. The script draws the rest.
 */
@Named
@RequestScoped
public class CoverageMapBacking {

    /** A line of the key: a status, its name, its colour (as the charts') and the sign a marker carries. */
    public record KeyEntry(String status, String label, String colour, String sign) {
    }

    /** Signs, so that a marker's status does not rest on its colour alone. */
    private static final List<KeyEntry> KEY = Arrays.stream(CoverageStatus.values())
            .map(s -> new KeyEntry(s.name(), StatusCharts.label(s), StatusCharts.COLOURS.get(s), switch (s) {
                case COVERED -> "✓";
                case AT_RISK -> "!";
                case GAP -> "×";
                case NOT_STARTED -> "–";
            })).toList();

    @Inject
    CoverageBacking coverageBacking;

    @Inject
    MapTiles mapTiles;

    public List<KeyEntry> getKey() {
        return KEY;
    }

    /** The map API for the dashboard's programme, day and local authority, with the page's own session. */
    public String getSource() {
        var question = coverageBacking.getQuestion();
        StringBuilder url = new StringBuilder(contextPath()).append("/api/v1/coverage/map?programme=")
                .append(encode(question.programme().getCode())).append("&date=").append(question.day());
        if (coverageBacking.getLa() != null) {
            url.append("&la=").append(coverageBacking.getLa());
        }
        return url.toString();
    }

    public String getSchoolPage() {
        return contextPath() + "/coverage/school.xhtml";
    }

    public String getProgramme() {
        return coverageBacking.getQuestion().programme().getCode();
    }

    public String getDay() {
        return coverageBacking.getQuestion().day().toString();
    }

    /** The tile template, empty for markers on a plain background. */
    public String getTiles() {
        return mapTiles.source().map(MapTiles.Source::template).orElse("");
    }

    public String getAttribution() {
        return mapTiles.source().map(MapTiles.Source::attribution).orElse("");
    }

    private static String contextPath() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

package uk.org.cascade.coverage.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;
import uk.org.cascade.coverage.entity.CoverageStatus;

/**
 * How the coverage pages name and colour a status, and the Chart.js configurations (for p:chart) built on them.
 * Each chart carries what a click should filter by ({@code cascade.param}, the rows' keys and each dataset's
 * status), which {@code coverage-dashboard.js} turns into a link to the filtered list.
 */
final class StatusCharts {

    /** Status colours with at least 4.5:1 contrast on white; the status is also always written out. */
    static final Map<CoverageStatus, String> COLOURS = Map.of(CoverageStatus.COVERED, "#1b6e3a",
            CoverageStatus.AT_RISK, "#9a4d00", CoverageStatus.GAP, "#b3261e", CoverageStatus.NOT_STARTED, "#5c5f66");

    private StatusCharts() {
    }

    static String label(CoverageStatus s) {
        return switch (s) {
            case COVERED -> "Covered";
            case AT_RISK -> "At risk";
            case GAP -> "Gap";
            case NOT_STARTED -> "Not started";
        };
    }

    /**
     * Bars of schools per status, stacked, one bar per row; {@code param} is the dashboard parameter a click on a
     * bar sets to the row's key (with the segment's status).
     */
    static String stackedBar(List<Breakdown> rows, boolean horizontal, String param) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder keys = Json.createArrayBuilder();
        rows.forEach(r -> {
            labels.add(r.label());
            keys.add(r.key());
        });
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (CoverageStatus s : CoverageStatus.values()) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            rows.forEach(r -> data.add(r.count(s)));
            datasets.add(Json.createObjectBuilder().add("label", label(s)).add("status", s.name()).add("data", data)
                    .add("backgroundColor", COLOURS.get(s)));
        }
        // Counts of schools: whole numbers on the value axis; both axes stacked so that segments add up.
        JsonObjectBuilder count = Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true)
                .add("ticks", Json.createObjectBuilder().add("precision", 0))
                .add("title", Json.createObjectBuilder().add("display", true).add("text", "Schools"));
        JsonObjectBuilder group = Json.createObjectBuilder().add("stacked", true);
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("indexAxis", horizontal ? "y" : "x")
                        .add("maintainAspectRatio", false).add("animation", false)
                        .add("scales", Json.createObjectBuilder().add(horizontal ? "x" : "y", count)
                                .add(horizontal ? "y" : "x", group))
                        .add("plugins", Json.createObjectBuilder().add("cascade", Json.createObjectBuilder()
                                .add("param", param).add("keys", keys))))
                .build().toString();
    }

    /** One line of schools per status across the rows (months), on a whole-number axis. */
    static String lines(List<Breakdown> rows) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        rows.forEach(r -> labels.add(r.label()));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (CoverageStatus s : CoverageStatus.values()) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            rows.forEach(r -> data.add(r.count(s)));
            datasets.add(Json.createObjectBuilder().add("label", label(s)).add("status", s.name()).add("data", data)
                    .add("borderColor", COLOURS.get(s)).add("backgroundColor", COLOURS.get(s)).add("fill", false));
        }
        return Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("maintainAspectRatio", false).add("animation", false)
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                                .add("beginAtZero", true).add("ticks", Json.createObjectBuilder().add("precision", 0))))
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder()
                                .add("position", "bottom"))))
                .build().toString();
    }
}

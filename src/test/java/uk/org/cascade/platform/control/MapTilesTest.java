package uk.org.cascade.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import uk.org.cascade.platform.control.MapTiles.Source;

class MapTilesTest {

    @Test
    void byDefault_mapsUseOpenStreetMap_withItsCredit() {
        Source osm = MapTiles.of(null, null).orElseThrow();
        assertEquals("https://tile.openstreetmap.org/{z}/{x}/{y}.png", osm.template());
        assertEquals("https://tile.openstreetmap.org", osm.origin());
        assertTrue(osm.attribution().contains("https://www.openstreetmap.org/copyright"), osm.attribution());
        assertEquals(osm, MapTiles.of("  ", "ignored").orElseThrow(), "blank is the default too");
    }

    @Test
    void none_drawsNoBackground() {
        assertTrue(MapTiles.of("none", null).isEmpty());
        assertTrue(MapTiles.of(" NONE ", null).isEmpty());
    }

    @Test
    void anotherServer_isAllowedByOrigin_withSubdomainsAndPort_andItsCreditKeepsOnlyLinks() {
        Source own = MapTiles.of("https://{s}.tiles.example.org:8443/osm/{z}/{x}/{y}{r}.png?key=secret",
                "© <a href=\"https://tiles.example.org\" onclick=\"steal()\">Example</a><script>x()</script>").orElseThrow();
        assertEquals("https://*.tiles.example.org:8443", own.origin());
        assertTrue(own.attribution().contains("href=\"https://tiles.example.org\""), own.attribution());
        assertTrue(!own.attribution().contains("onclick") && !own.attribution().contains("script"), own.attribution());
    }

    @Test
    void aTemplateThatCannotWork_saysWhy() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MapTiles.of("https://tiles.example.org/{z}/{x}.png",
                null)).getMessage().contains("{y}"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MapTiles.of("ftp://tiles.example.org/{z}/{x}/{y}",
                null)).getMessage().contains("https://"));
        assertThrows(IllegalArgumentException.class, () -> MapTiles.of("/tiles/{z}/{x}/{y}.png", null));
    }
}

package uk.org.cascade.organisation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import uk.org.cascade.organisation.control.BritishGrid.LatLon;

class BritishGridTest {

    /** About a metre of latitude or longitude at 52°N: well inside the Helmert transformation's own 5 m. */
    private static final double METRE = 0.00001;

    private static double degrees(int d, int m, double s) {
        return d + m / 60.0 + s / 3600.0;
    }

    /**
     * Caister Water Tower, Norfolk: the Ordnance Survey's worked example ("A guide to coordinate systems in Great
     * Britain", Annex C), E 651409.903 N 313177.270, is 52°39′28.723″N 1°42′57.787″E in WGS84 by the same
     * seven-parameter transformation (as published with Chris Veness's OsGridRef and PyGeodesy's Osgr).
     */
    @Test
    void caisterWaterTower_landsWhereTheOrdnanceSurveySaysItIs() {
        LatLon tower = BritishGrid.toWgs84(651410, 313177).orElseThrow();
        // GIAS gives whole metres: 0.097 m east and 0.270 m south of the published point is well under METRE.
        assertEquals(degrees(52, 39, 28.723), tower.lat(), METRE, "latitude");
        assertEquals(degrees(1, 42, 57.787), tower.lon(), METRE, "longitude");
    }

    @Test
    void westOfGreenwich_isANegativeLongitude() {
        // Land's End, Cornwall (grid reference SW 342 251), about 5.7° west.
        LatLon landsEnd = BritishGrid.toWgs84(134200, 25100).orElseThrow();
        assertTrue(landsEnd.lon() < -5.6 && landsEnd.lon() > -5.8, "longitude " + landsEnd.lon());
        assertTrue(landsEnd.lat() > 50.0 && landsEnd.lat() < 50.1, "latitude " + landsEnd.lat());
    }

    @Test
    void aSchoolWithoutAPlaceOnTheGrid_isNotPlaced() {
        assertTrue(BritishGrid.toWgs84(null, 313177).isEmpty());
        assertTrue(BritishGrid.toWgs84(651410, null).isEmpty());
        assertTrue(BritishGrid.toWgs84(0, 0).isEmpty(), "the false origin, in the sea: GIAS's 'no position'");
        assertTrue(BritishGrid.toWgs84(700_001, 313177).isEmpty(), "east of the grid");
        assertTrue(BritishGrid.toWgs84(651410, 1_300_001).isEmpty(), "north of the grid");
    }
}

package uk.org.cascade.organisation.control;

import java.util.Optional;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Where a school is, for maps: GIAS gives Easting and Northing on the British National Grid (EPSG:27700); web maps
 * want WGS84 latitude and longitude (EPSG:4326). proj4j does the projection and the OSGB36 to WGS84 datum shift
 * (EPSG's seven-parameter Helmert transformation, good to about 5 metres: plenty to place a school on a map).
 */
public final class BritishGrid {

    /** A point in WGS84 degrees. */
    public record LatLon(double lat, double lon) {
    }

    /** The grid covers 700 km by 1,300 km from a false origin in the sea south-west of the Isles of Scilly. */
    static final int MAX_EASTING = 700_000;
    static final int MAX_NORTHING = 1_300_000;

    private static final CoordinateReferenceSystem GRID;
    private static final CoordinateReferenceSystem WGS84;

    static {
        CRSFactory factory = new CRSFactory();
        GRID = factory.createFromName("EPSG:27700");
        WGS84 = factory.createFromName("EPSG:4326");
    }

    private BritishGrid() {
    }

    /**
     * The point for a GIAS Easting and Northing in metres; empty when either is missing or off the grid (GIAS leaves
     * them blank for some schools, and no school stands at or beyond the grid's edges).
     */
    public static Optional<LatLon> toWgs84(Integer easting, Integer northing) {
        if (easting == null || northing == null || easting <= 0 || northing <= 0 || easting > MAX_EASTING
                || northing > MAX_NORTHING) {
            return Optional.empty();
        }
        // A transform keeps working state between calls: one per conversion, so threads never share it.
        CoordinateTransform transform = new CoordinateTransformFactory().createTransform(GRID, WGS84);
        ProjCoordinate point = transform.transform(new ProjCoordinate(easting, northing), new ProjCoordinate());
        return Optional.of(new LatLon(point.y, point.x));
    }
}

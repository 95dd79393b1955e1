package uk.org.cascade.platform;

import java.util.List;

/**
 * England's reference facts that more than one context checks against: its regions, and the form of a
 * DfE local authority code. Organisation's entities and security's scope both ask here.
 */
public final class England {

    /** The regions of England as GIAS names them ({@code GOR (name)}). */
    public static final List<String> REGIONS = List.of(
            "North East", "North West", "Yorkshire and the Humber", "East Midlands", "West Midlands",
            "East of England", "London", "South East", "South West");

    public static final int MIN_LA_CODE = 100;
    public static final int MAX_LA_CODE = 999;

    private England() {
    }

    /** A DfE local authority code has three digits. */
    public static boolean isLocalAuthorityCode(int code) {
        return code >= MIN_LA_CODE && code <= MAX_LA_CODE;
    }

    public static boolean isRegion(String name) {
        return REGIONS.contains(name);
    }
}

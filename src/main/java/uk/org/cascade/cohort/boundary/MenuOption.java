package uk.org.cascade.cohort.boundary;

import java.io.Serializable;

/** A choice in a menu of the cohort page: the value sent back and the label shown. */
public record MenuOption(Serializable value, String label) implements Serializable {
}

package uk.org.cascade.platform.boundary;

import uk.org.cascade.platform.Validation;

/** {@code page} from 0 and {@code size} (default 50, at most 500), checked once for every list. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        new Validation()
                .require(p >= 0, "page", "page counts from 0")
                .require(s >= 1 && s <= MAX_SIZE, "size", "size must be between 1 and " + MAX_SIZE)
                .orThrow();
        return new PageRequest(p, s);
    }

    public int first() {
        return page * size;
    }
}

package uk.org.cascade.platform.control;

import java.io.Serializable;
import java.util.function.Function;

/** A function that a view-scoped bean can keep across requests. */
@FunctionalInterface
public interface SerializableFunction<T, R> extends Function<T, R>, Serializable {
}

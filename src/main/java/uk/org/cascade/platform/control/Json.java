package uk.org.cascade.platform.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyVisibilityStrategy;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * The one JSON-B configuration, for the API and for stored JSON alike. Properties are the fields:
 * Payara loads Yasson so that its record support (a multi-release class) is not active, and records
 * would otherwise serialise as {@code {}}. Records that are read from JSON mark their constructor
 * {@code @JsonbCreator}.
 */
public final class Json {

    public static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withPropertyVisibilityStrategy(new PropertyVisibilityStrategy() {
                @Override
                public boolean isVisible(Field field) {
                    return !Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers());
                }

                @Override
                public boolean isVisible(Method method) {
                    return false;
                }
            }));

    private Json() {
    }
}

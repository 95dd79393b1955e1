package uk.org.cascade.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.ws.rs.HttpMethod;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every JSON body an API method reads can be bound by JSON-B as Payara runs inside the launcher. There Yasson's
 * record support is not active, so a record needs a {@code @JsonbCreator} constructor, and a class a public no-arg
 * constructor; without one every body answers 400. The integration tests cannot see this: their Payara Micro is a
 * separate {@code java -jar payara-micro.jar} process where records bind anyway.
 */
class RequestBodiesTest {

    @Test
    void everyRequestBodyOfTheApi_canBeBoundWithoutRecordSupport() throws Exception {
        List<Class<?>> resources = resourceClasses();
        assertTrue(resources.size() > 20, "the scan found the API's resources: " + resources.size());
        Set<Class<?>> bodies = new LinkedHashSet<>();
        for (Class<?> resource : resources) {
            for (Method method : resource.getDeclaredMethods()) {
                if (isResourceMethod(method)) {
                    for (Parameter p : method.getParameters()) {
                        if (isEntity(p)) {
                            collect(p.getParameterizedType(), bodies);
                        }
                    }
                }
            }
        }
        assertFalse(bodies.isEmpty(), "the scan found request bodies");
        List<String> unbindable = new ArrayList<>();
        for (Class<?> body : bodies) {
            if (!bindable(body)) {
                unbindable.add(body.getName());
            }
        }
        assertTrue(unbindable.isEmpty(), "request bodies JSON-B cannot create (a record needs @JsonbCreator on its "
                + "constructor, a class a public no-arg constructor): " + unbindable);
    }

    private static boolean bindable(Class<?> type) {
        if (type.isRecord()) {
            return Arrays.stream(type.getDeclaredConstructors()).anyMatch(c -> c.isAnnotationPresent(JsonbCreator.class)
                    && Modifier.isPublic(c.getModifiers()));
        }
        if (Arrays.stream(type.getDeclaredConstructors()).anyMatch(c -> c.isAnnotationPresent(JsonbCreator.class))) {
            return true;
        }
        try {
            Constructor<?> none = type.getDeclaredConstructor();
            return Modifier.isPublic(none.getModifiers()) && (type.getEnclosingClass() == null
                    || Modifier.isStatic(type.getModifiers()));
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** The application's own types within a body's type, followed through lists, maps, arrays and fields. */
    private static void collect(Type type, Set<Class<?>> found) {
        if (type instanceof ParameterizedType p) {
            collect(p.getRawType(), found);
            Arrays.stream(p.getActualTypeArguments()).forEach(t -> collect(t, found));
        } else if (type instanceof GenericArrayType a) {
            collect(a.getGenericComponentType(), found);
        } else if (type instanceof Class<?> c) {
            if (c.isArray()) {
                collect(c.getComponentType(), found);
            } else if (c.getName().startsWith("uk.org.cascade.") && !c.isEnum() && found.add(c)) {
                if (c.isRecord()) {
                    for (RecordComponent rc : c.getRecordComponents()) {
                        collect(rc.getGenericType(), found);
                    }
                } else {
                    for (Field f : c.getDeclaredFields()) {
                        if (!Modifier.isStatic(f.getModifiers())) {
                            collect(f.getGenericType(), found);
                        }
                    }
                }
            }
        }
    }

    private static boolean isResourceMethod(Method method) {
        return Arrays.stream(method.getAnnotations())
                .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
    }

    /** The one parameter without a JAX-RS annotation is the body (path, query, header... parameters carry one). */
    private static boolean isEntity(Parameter p) {
        for (Annotation a : p.getAnnotations()) {
            if (a.annotationType().getPackageName().startsWith("jakarta.ws.rs")) {
                return false;
            }
        }
        Class<?> type = p.getType();
        return !type.isPrimitive() && type != String.class && type != byte[].class
                && !java.io.InputStream.class.isAssignableFrom(type) && !jakarta.json.JsonValue.class.isAssignableFrom(type);
    }

    private static List<Class<?>> resourceClasses() throws IOException, ClassNotFoundException {
        Path root = Path.of("target/classes");
        List<Class<?>> resources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("uk/org/cascade"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, RequestBodiesTest.class.getClassLoader());
                if (c.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                    resources.add(c);
                }
            }
        }
        return resources;
    }
}

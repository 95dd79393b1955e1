package uk.org.cascade.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceContext;
import org.primefaces.model.LazyDataModel;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Session- and view-scoped beans live in the session, which a cluster keeps in Payara's data grid: each is
 * serialised after a request and read back on whichever instance serves the next one. A bean that cannot be
 * serialised loses the signed-in user's form when an instance dies, so every one must be serialisable through and
 * through: the bean itself, and every field that is neither transient nor an injected proxy.
 */
class SessionStateTest {

    private static final List<Class<?>> SESSION_SCOPES = List.of(SessionScoped.class, ViewScoped.class);

    /** Injected beans whose client proxies are serialisable: normal-scoped beans, and session beans (EJB). */
    private static final List<Class<? extends java.lang.annotation.Annotation>> PROXIED = List.of(
            ApplicationScoped.class, RequestScoped.class, SessionScoped.class, ViewScoped.class,
            jakarta.ejb.Stateless.class, jakarta.ejb.Singleton.class);

    @Test
    void everySessionAndViewScopedBeanSerialisesThroughAndThrough() throws Exception {
        List<Class<?>> beans = sessionBeans();
        assertFalse(beans.isEmpty(), "no session- or view-scoped bean found: the scan is broken");
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            Map<TypeVariable<?>, Type> bound = new HashMap<>();
            for (Class<?> c = bean; c != null && c.getName().startsWith("uk.org.cascade"); c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    String problem = problem(field, bound);
                    if (problem != null) {
                        problems.add(bean.getSimpleName() + "." + field.getName() + ": " + problem);
                    }
                }
                // A generic base class (UploadedCsv<R, C>) declares fields in its own type variables.
                if (c.getGenericSuperclass() instanceof ParameterizedType p) {
                    TypeVariable<?>[] variables = ((Class<?>) p.getRawType()).getTypeParameters();
                    for (int i = 0; i < variables.length; i++) {
                        Type actual = p.getActualTypeArguments()[i];
                        bound.put(variables[i], actual instanceof TypeVariable<?> v && bound.containsKey(v)
                                ? bound.get(v) : actual);
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aFieldThatCannotBeSerialisedIsCaught() throws Exception {
        assertEquals("java.lang.Thread is not Serializable",
                problem(Unserialisable.class.getDeclaredField("worker")));
        assertEquals("java.util.Optional is not Serializable",
                problem(Unserialisable.class.getDeclaredField("choice")));
        assertEquals("java.lang.Object is not Serializable",
                problem(Unserialisable.class.getDeclaredField("rows")));
        assertEquals("injects " + Unserialisable.class.getName() + ", which has no serialisable proxy",
                problem(Unserialisable.class.getDeclaredField("helper")));
        assertEquals("injected into a transient field", problem(Unserialisable.class.getDeclaredField("clock")));
    }

    private static List<Class<?>> sessionBeans() throws ClassNotFoundException {
        List<Class<?>> beans = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("uk.org.cascade")) {
            for (Class<?> scope : SESSION_SCOPES) {
                if (type.isAnnotatedWith(scope.getName())) {
                    beans.add(Class.forName(type.getName()));
                }
            }
        }
        return beans;
    }

    private static String problem(Field field) {
        return problem(field, Map.of());
    }

    private static String problem(Field field, Map<TypeVariable<?>, Type> bound) {
        int modifiers = field.getModifiers();
        boolean injected = field.isAnnotationPresent(Inject.class) || field.isAnnotationPresent(PersistenceContext.class);
        if (injected && Modifier.isTransient(modifiers)) {
            // Nothing injects it again when the session is read back on another instance: it would be null there.
            return "injected into a transient field";
        }
        if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)) {
            return null;
        }
        if (field.isAnnotationPresent(PersistenceContext.class)) {
            return null; // the container's EntityManager wrapper is serialisable, as for stateful session beans
        }
        if (field.isAnnotationPresent(Inject.class)) {
            Class<?> type = field.getType();
            boolean proxied = type == Instance.class
                    || PROXIED.stream().anyMatch(type::isAnnotationPresent);
            return proxied ? null : "injects " + type.getName() + ", which has no serialisable proxy";
        }
        return new Walk(bound).unserialisable(field.getGenericType());
    }

    /** Follows a declared type into type arguments and into Cascade's own classes' fields, each class once. */
    private record Walk(Map<TypeVariable<?>, Type> bound, Set<Class<?>> seen) {

        Walk(Map<TypeVariable<?>, Type> bound) {
            this(bound, new HashSet<>());
        }

    /** Why a value of this declared type might not serialise, or null when it will. */
    String unserialisable(Type type) {
        if (type instanceof Class<?> c) {
            if (c.isPrimitive() || c.isEnum()) {
                return null;
            }
            if (c.isArray()) {
                return unserialisable(c.getComponentType());
            }
            if (!Serializable.class.isAssignableFrom(c)) {
                return c.getName() + " is not Serializable";
            }
            return c.getName().startsWith("uk.org.cascade") && seen.add(c) ? fields(c) : null;
        }
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] arguments = p.getActualTypeArguments();
            // The JDK's lists, sets and maps, and PrimeFaces' lazy tables (they keep their page of rows),
            // serialise when what they hold does.
            boolean holds = raw == List.class || raw == Set.class || raw == Map.class || raw == Collection.class
                    || LazyDataModel.class.isAssignableFrom(raw);
            if (holds) {
                for (Type argument : arguments) {
                    String inner = unserialisable(argument);
                    if (inner != null) {
                        return inner;
                    }
                }
            }
            if (holds && raw.isInterface()) {
                return null;
            }
            // Anything else generic (a serialisable function, say) is checked as itself, its own fields read
            // with its type variables bound to these arguments.
            Map<TypeVariable<?>, Type> inner = new HashMap<>(bound);
            TypeVariable<?>[] variables = raw.getTypeParameters();
            for (int i = 0; i < variables.length; i++) {
                inner.put(variables[i], arguments[i] instanceof TypeVariable<?> v && bound.containsKey(v)
                        ? bound.get(v) : arguments[i]);
            }
            return new Walk(inner, seen).unserialisable(raw);
        }
        if (type instanceof GenericArrayType a) {
            return unserialisable(a.getGenericComponentType());
        }
        if (type instanceof WildcardType w) {
            return unserialisable(w.getUpperBounds()[0]);
        }
        if (type instanceof TypeVariable<?> v) {
            return unserialisable(bound.getOrDefault(v, v.getBounds()[0]));
        }
        return type + " is of an unknown kind";
    }

        private String fields(Class<?> c) {
            for (Class<?> k = c; k != null && k.getName().startsWith("uk.org.cascade"); k = k.getSuperclass()) {
                for (Field field : k.getDeclaredFields()) {
                    int modifiers = field.getModifiers();
                    if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)) {
                        continue;
                    }
                    String inner = unserialisable(field.getGenericType());
                    if (inner != null) {
                        return c.getSimpleName() + "." + field.getName() + ": " + inner;
                    }
                }
            }
            return null;
        }
    }

    @SuppressWarnings("unused")
    private static final class Unserialisable implements Serializable {
        private static final long serialVersionUID = 1L;
        private Thread worker;
        private java.util.Optional<String> choice;
        private List<Object> rows;
        @Inject
        private Unserialisable helper;
        @Inject
        private transient Instance<Object> clock;
    }
}

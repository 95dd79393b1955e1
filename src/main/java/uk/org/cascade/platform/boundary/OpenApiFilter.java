package uk.org.cascade.platform.boundary;

import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Makes Payara's generated document one that validators and client generators accept, where the annotations
 * cannot (registered by {@code mp.openapi.filter}): it drops Payara's non-standard top-level {@code endpoints},
 * writes {@code @DefaultValue}s as their schema's type ({@code false}, {@code 50}) rather than strings, keeps each
 * tag once (every {@code @Tag} on a resource class adds another copy) and serves the API relative to the document,
 * so the document is the same on every host and port.
 */
public class OpenApiFilter implements OASFilter {

    /** API paths open without signing in (web.xml leaves them unconstrained): asking for a password reset. */
    static final List<String> OPEN_PATHS = List.of("/api/v1/password-resets");

    @Override
    public Schema filterSchema(Schema schema) {
        schema.setDefaultValue(typed(schema.getType(), schema.getDefaultValue()));
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI document) {
        withoutEndpoints(document);
        document.setServers(new ArrayList<>(List.of(OASFactory.createServer().url("/")
                .description("This Cascade: the address the document was fetched from"))));
        if (document.getTags() != null) {
            document.setTags(onceEach(document.getTags()));
        }
        if (document.getPaths() != null && document.getPaths().getPathItems() != null) {
            document.getPaths().getPathItems().forEach((path, item) -> {
                if (OPEN_PATHS.stream().anyMatch(path::startsWith) && item.getOperations() != null) {
                    // One empty requirement: no sign-in needed (Payara drops an empty @SecurityRequirements).
                    item.getOperations().values().forEach(operation -> operation.setSecurity(
                            new ArrayList<>(List.of(OASFactory.createSecurityRequirement()))));
                }
            });
        }
    }

    /** A default as its type says: {@code "false"} → {@code false}, {@code "50"} → {@code 50}; else unchanged. */
    static Object typed(SchemaType type, Object value) {
        if (!(value instanceof String text) || type == null) {
            return value;
        }
        try {
            return switch (type) {
                case BOOLEAN -> text.equals("true") || text.equals("false") ? Boolean.valueOf(text) : value;
                case INTEGER -> Long.valueOf(text.strip());
                case NUMBER -> new BigDecimal(text.strip());
                default -> value;
            };
        } catch (NumberFormatException notANumber) {
            return value;
        }
    }

    /** Each tag name once, in first-seen order, keeping the copy with a description (declared in CascadeApi). */
    static List<Tag> onceEach(List<Tag> tags) {
        Map<String, Tag> byName = new LinkedHashMap<>();
        for (Tag tag : tags) {
            byName.merge(tag.getName(), tag, (kept, copy) -> kept.getDescription() == null ? copy : kept);
        }
        return new ArrayList<>(byName.values());
    }

    /**
     * Payara keeps the list of endpoints on its own model class, outside the MicroProfile interface. Empty, it is
     * left out of the document (Payara writes no empty maps); null would break Payara's copy of the document.
     */
    private static void withoutEndpoints(OpenAPI document) {
        try {
            document.getClass().getMethod("setEndpoints", Map.class).invoke(document, new HashMap<String, Object>());
        } catch (NoSuchMethodException notPayaras) {
            // another implementation: nothing to remove
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("could not remove Payara's endpoints from the OpenAPI document", e);
        }
    }
}

package uk.org.cascade.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.tags.Tag;
import org.junit.jupiter.api.Test;

class OpenApiFilterTest {

    @Test
    void aDefault_isWrittenAsItsSchemasType() {
        assertEquals(Boolean.FALSE, OpenApiFilter.typed(SchemaType.BOOLEAN, "false"));
        assertEquals(Boolean.TRUE, OpenApiFilter.typed(SchemaType.BOOLEAN, "true"));
        assertEquals(50L, OpenApiFilter.typed(SchemaType.INTEGER, "50"));
        assertEquals(new BigDecimal("0.5"), OpenApiFilter.typed(SchemaType.NUMBER, "0.5"));
        assertEquals("csv", OpenApiFilter.typed(SchemaType.STRING, "csv"));
    }

    @Test
    void aDefault_thatIsNotItsType_isLeftForTheValidatorToReport() {
        assertEquals("yes", OpenApiFilter.typed(SchemaType.BOOLEAN, "yes"));
        assertEquals("many", OpenApiFilter.typed(SchemaType.INTEGER, "many"));
        assertEquals(null, OpenApiFilter.typed(SchemaType.BOOLEAN, null));
        assertEquals("x", OpenApiFilter.typed(null, "x"));
    }

    @Test
    void eachTag_isKeptOnce_inFirstSeenOrder_withItsDescription() {
        List<Tag> tags = OpenApiFilter.onceEach(List.of(tag("cohort", null), tag("audit", "The audit trail"),
                tag("cohort", "Cohorts and sessions"), tag("audit", null)));

        assertEquals(List.of("cohort: Cohorts and sessions", "audit: The audit trail"),
                tags.stream().map(t -> t.getName() + ": " + t.getDescription()).toList());
    }

    private static Tag tag(String name, String description) {
        return (Tag) Proxy.newProxyInstance(Tag.class.getClassLoader(), new Class<?>[] {Tag.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getName" -> name;
                    case "getDescription" -> description;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}

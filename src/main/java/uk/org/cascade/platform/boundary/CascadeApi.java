package uk.org.cascade.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API under {@code /api}; published as OpenAPI at {@code /openapi}. */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "Cascade API", version = "1",
                description = "Train-the-trainer records for children and young people's mental health. "
                        + "Errors are RFC 9457 application/problem+json."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class CascadeApi extends Application {

    @Override
    public Map<String, Object> getProperties() {
        // Enforce @RolesAllowed on resources that are plain CDI beans, not EJBs.
        return Map.of("jersey.config.server.provider.classnames",
                "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature");
    }
}

package uk.org.cascade.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The REST API under {@code /api}; published as OpenAPI at {@code /openapi}. Each bounded context is one tag,
 * declared here once; resources name theirs with {@code @Tag(name = …)} and {@link OpenApiFilter} tidies the rest.
 * A caller signs in with any one of Basic, a Bearer API token or the browser's session cookie.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "Cascade API", version = "1",
                description = "Train-the-trainer records for children and young people's mental health. "
                        + "Errors are RFC 9457 application/problem+json."),
        securitySets = {
                @SecurityRequirementsSet(@SecurityRequirement(name = CascadeApi.BASIC)),
                @SecurityRequirementsSet(@SecurityRequirement(name = CascadeApi.BEARER)),
                @SecurityRequirementsSet(@SecurityRequirement(name = CascadeApi.SESSION))},
        tags = {
                @Tag(name = "platform", description = "Health, mail and what every context stands on"),
                @Tag(name = "audit", description = "The append-only audit trail: who changed what, when"),
                @Tag(name = "security", description = "The caller, sign-in and API tokens"),
                @Tag(name = "organisation", description = "Schools from GIAS, local authorities, teams and imports"),
                @Tag(name = "people", description = "People, where they work, rosters and user accounts"),
                @Tag(name = "curriculum", description = "Programmes, their modules and the competencies they lead to"),
                @Tag(name = "competency", description = "Sign-offs, revocations, evidence and certificates"),
                @Tag(name = "cohort", description = "Cohorts, sessions, enrolments, attendance and the caller's learning"),
                @Tag(name = "learning", description = "Self-paced module content, attempts and progress"),
                @Tag(name = "coverage", description = "Which schools are covered: statuses, targets, trends, alerts"),
                @Tag(name = "refresher", description = "Refresher places before competencies run out, and demand"),
                @Tag(name = "supervision", description = "Supervision logs, themes and who is overdue")})
@SecurityScheme(securitySchemeName = CascadeApi.BASIC, type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "Email and password, for trying the API with curl")
@SecurityScheme(securitySchemeName = CascadeApi.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API token (POST /api/v1/me/tokens) as Authorization: Bearer <token>")
@SecurityScheme(securitySchemeName = CascadeApi.SESSION, type = SecuritySchemeType.APIKEY,
        in = SecuritySchemeIn.COOKIE, apiKeyName = "JSESSIONID",
        description = "The session cookie of a signed-in browser")
public class CascadeApi extends Application {

    static final String BASIC = "basic";
    static final String BEARER = "bearer";
    static final String SESSION = "session";

    @Override
    public Map<String, Object> getProperties() {
        // Enforce @RolesAllowed on resources that are plain CDI beans, not EJBs.
        return Map.of("jersey.config.server.provider.classnames",
                "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature");
    }
}

package uk.org.cascade.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.cascade.platform.Validation;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.security.control.ApiTokens;
import uk.org.cascade.security.control.CurrentUser;
import uk.org.cascade.security.entity.ApiToken;

/** The caller's own API tokens, for their scripts: any signed-in user. */
@Path("v1/me/tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "security")
public class ApiTokensResource {

    /** What a new token is for and how many days it lasts (1-365). */
    public record NewToken(String name,
                           @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "365") Integer expiresInDays) {

        /**
         * Read from the JSON object itself, so that a days value that is not a whole number ({@code "ninety"},
         * {@code 1.5}) is a 422 naming the field, not an unreadable body.
         */
        static NewToken of(JsonObject body) {
            if (body == null) {
                throw ValidationFailure.of("body", "a JSON body is required: {\"name\", \"expiresInDays\"}");
            }
            Validation check = new Validation();
            JsonValue name = body.get("name");
            check.require(name == null || name == JsonValue.NULL || name instanceof JsonString, "name",
                    "name must be text");
            JsonValue days = body.get("expiresInDays");
            boolean whole = days instanceof JsonNumber n && n.isIntegral();
            check.require(days == null || days == JsonValue.NULL || whole, "expiresInDays", ApiToken.DAYS_RULE);
            check.orThrow();
            Integer expiresInDays = whole ? clamp(((JsonNumber) days).bigIntegerValue()) : null;
            return new NewToken(name instanceof JsonString s ? s.getString() : null, expiresInDays);
        }

        // Far out of range stays out of range, for the rule's own message.
        private static int clamp(BigInteger days) {
            return days.max(BigInteger.valueOf(-1)).min(BigInteger.valueOf(ApiToken.MAX_DAYS + 1)).intValue();
        }
    }

    /** A token as it is issued: the only answer that carries {@code token}. */
    public record IssuedToken(long id, String name, String token, Instant expires) {
    }

    /** A token as it is listed: never the secret. {@code lastUsed} is null until it is first used. */
    public record TokenView(long id, String name, Instant created, Instant expires, @JsonbNillable Instant lastUsed) {

        static TokenView of(ApiToken token) {
            return new TokenView(token.getId(), token.getName(), token.getCreatedAt(), token.getExpiresAt(),
                    token.getLastUsedAt());
        }

        static List<TokenView> of(List<ApiToken> tokens) {
            return tokens.stream().map(TokenView::of).toList();
        }
    }

    @Inject
    ApiTokens tokens;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createApiToken", summary = "Issue an API token for the caller",
            description = "201 with the token, shown only in this answer; send it as Authorization: Bearer <token>. "
                    + "422 for a missing or over-long name, or expiresInDays not a whole number from 1 to 365")
    @APIResponse(responseCode = "201", description = "The token, with its Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    public Response create(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "NewToken"))) JsonObject body) {
        NewToken form = NewToken.of(body);
        ApiTokens.Issued issued = tokens.issue(currentUser.account().getId(), form.name(), form.expiresInDays());
        ApiToken token = issued.token();
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(token.getId())).build())
                .entity(new IssuedToken(token.getId(), token.getName(), issued.secret(), token.getExpiresAt()))
                .build();
    }

    @GET
    @Operation(operationId = "listApiTokens",
            summary = "The caller's API tokens that are not revoked, expired ones included, newest first")
    public List<TokenView> list() {
        return TokenView.of(tokens.of(currentUser.account().getId()));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "revokeApiToken", summary = "Revoke one of the caller's API tokens: it is 401 from now on",
            description = "404 for a token that is not the caller's or is revoked already")
    public Response revoke(@PathParam("id") long id) {
        tokens.revoke(currentUser.account().getId(), id, false);
        return Response.noContent().build();
    }
}

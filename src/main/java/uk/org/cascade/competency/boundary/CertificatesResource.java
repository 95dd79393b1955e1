package uk.org.cascade.competency.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.cascade.competency.boundary.Certificates.Issued;
import uk.org.cascade.security.control.CurrentUser;

/**
 * A sign-off's certificate (a root resource of its own, so that {@code v1/signoffs/{id}} and its revocation
 * stay with the sign-offs resource).
 */
@Path("v1/signoffs/{id}/certificate.pdf")
@RequestScoped
@Tag(name = "competency")
public class CertificatesResource {

    @Inject
    Certificates certificates;

    @Inject
    CurrentUser currentUser;

    @GET
    // Chosen by the address, not by Accept, so that a browser link or any client gets the PDF
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "getSignOffCertificate",
            summary = "The certificate of a COMPETENT sign-off as a PDF; revoked or NOT_YET_COMPETENT → 409")
    public Response certificate(@PathParam("id") long id) {
        Issued issued = certificates.certificate(id, currentUser.account());
        return Response.ok(issued.pdf(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"certificate-" + issued.verificationCode() + ".pdf\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}

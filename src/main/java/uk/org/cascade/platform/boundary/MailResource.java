package uk.org.cascade.platform.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.control.Letter;
import uk.org.cascade.platform.control.Mail;

/** Checks the SMTP settings by sending a test message: administrators only. */
@Path("v1/mail")
@RequestScoped
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "platform")
public class MailResource {

    static final String SUBJECT = "Cascade test message";
    static final String TEXT = """
            This is a test message from Cascade.

            An administrator sent it to check that Cascade can send email. No action is needed.
            """;

    public record TestMessageForm(String to) {

        @JsonbCreator
        public TestMessageForm {
        }
    }

    /** Whether the message went to the mail server's queue or was skipped for want of settings. */
    public record TestMessageView(boolean smtpConfigured) {
    }

    @Inject
    Mail mail;

    // Transactional like every boundary that changes data, so the test message takes the real
    // letters' path: held until the commit, then handed to the executor.
    @POST
    @Path("test")
    @Transactional
    @Operation(operationId = "sendTestMail", summary = "Send a test message to {\"to\"}",
            description = "202 once it is queued; delivery happens in the background, and a failure is logged on the "
                    + "server. smtpConfigured is false when CASCADE_SMTP_HOST is not set, and nothing is sent. "
                    + "422 for a missing or malformed address.")
    public Response test(TestMessageForm form) {
        if (form == null || !Letter.isAddress(form.to())) {
            throw ValidationFailure.of("to", "one email address is required");
        }
        mail.send(new Letter(form.to(), SUBJECT, TEXT));
        return Response.accepted(new TestMessageView(mail.configured())).build();
    }
}

package uk.org.cascade.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.org.cascade.it.Api.Answer;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.DeployedCascade;
import uk.org.cascade.it.TestMail;

/** Mail from the deployed application reaches an SMTP server, through the administrators' test message. */
class MailIT extends DeployedCascade {

    @Test
    void testMessage_reachesTheSmtpServer() throws Exception {
        String to = "mail-it." + UUID.randomUUID() + "@school.test";

        Answer sent = api.post("/api/v1/mail/test", "{\"to\":\"" + to + "\"}", Caller.ADMIN);

        assertEquals(202, sent.status(), sent.body());
        assertTrue(sent.json().getBoolean("smtpConfigured"));
        MimeMessage message = TestMail.await(to, "Cascade test message");
        assertEquals("Cascade test message", message.getSubject());
        assertEquals(TestMail.FROM, ((InternetAddress) message.getFrom()[0]).getAddress());
        assertTrue(TestMail.text(message).contains("This is a test message from Cascade."), TestMail.text(message));
    }

    @Test
    void testMessage_toAMalformedAddress_is422() {
        Answer sent = api.post("/api/v1/mail/test", "{\"to\":\"someone, else@school.test\"}", Caller.ADMIN);

        assertEquals(422, sent.status(), sent.body());
    }

    @Test
    void testMessage_isForAdministratorsOnly() {
        String email = "learner." + UUID.randomUUID() + "@school.test";
        Answer created = api.post("/api/v1/users", "{\"email\":\"" + email + "\",\"name\":\"Test Person\","
                + "\"password\":\"a long enough password\",\"roles\":[\"LEARNER\"]}", Caller.ADMIN);
        assertEquals(201, created.status(), created.body());
        String to = "not-sent." + UUID.randomUUID() + "@school.test";

        Answer forbidden = api.post("/api/v1/mail/test", "{\"to\":\"" + to + "\"}",
                new Caller(email, "a long enough password"));
        Answer anonymous = api.post("/api/v1/mail/test", "{\"to\":\"" + to + "\"}", Caller.NOBODY);

        assertEquals(403, forbidden.status());
        assertEquals(401, anonymous.status());
        assertTrue(TestMail.received().stream().noneMatch(m -> {
            try {
                return ((InternetAddress) m.getAllRecipients()[0]).getAddress().equals(to);
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }));
    }
}

package uk.org.cascade.platform.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MailTest {

    private static final String TO = "jo.bloggs@school.example";

    private GreenMail smtp;
    private final FakeTransactions transactions = new FakeTransactions();
    private final List<Runnable> background = new ArrayList<>();
    private final LogCapture capture = new LogCapture();
    private Map<String, String> config;
    private Mail mail;

    @BeforeEach
    void start() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        config = new HashMap<>(Map.of("cascade.smtp.host", "127.0.0.1",
                "cascade.smtp.port", Integer.toString(smtp.getSmtp().getPort()),
                "cascade.smtp.from", "Cascade Test <cascade@test.example>"));
        mail = new Mail() {
            @Override
            Optional<MailSettings> settings() {
                return MailSettings.from(key -> Optional.ofNullable(config.get(key)));
            }

            @Override
            void inBackground(Runnable task) {
                background.add(task);
            }
        };
        mail.transactions = transactions;
        Logger.getLogger(Mail.class.getName()).addHandler(capture);
    }

    @AfterEach
    void stop() {
        Logger.getLogger(Mail.class.getName()).removeHandler(capture);
        smtp.stop();
    }

    @Test
    void send_outsideATransaction_deliversInTheBackground() throws Exception {
        mail.send(new Letter(TO, "Your place on Cohort A — confirmed", "Dear Jo,\nSee you there. Café at 9."));

        assertEquals(0, smtp.getReceivedMessages().length, "nothing is sent on the caller's thread");
        runBackground();

        MimeMessage message = smtp.getReceivedMessages()[0];
        assertEquals("Your place on Cohort A — confirmed", message.getSubject());
        assertEquals(new InternetAddress("Cascade Test <cascade@test.example>"), message.getFrom()[0]);
        assertEquals(TO, ((InternetAddress) message.getAllRecipients()[0]).getAddress());
        assertEquals("Dear Jo,\r\nSee you there. Café at 9.", ((String) message.getContent()).strip());
        assertTrue(message.getContentType().toLowerCase().contains("charset=utf-8"), message.getContentType());
        assertEquals("auto-generated", message.getHeader("Auto-Submitted", null));
    }

    @Test
    void send_inATransaction_waitsForTheCommit() {
        transactions.status = Status.STATUS_ACTIVE;

        mail.send(new Letter(TO, "Enrolled", "text"));

        assertTrue(background.isEmpty(), "nothing is queued before the commit");
        transactions.complete(Status.STATUS_COMMITTED);
        runBackground();
        assertEquals(1, smtp.getReceivedMessages().length);
    }

    @Test
    void send_inATransactionThatRollsBack_sendsNothing() {
        transactions.status = Status.STATUS_ACTIVE;

        mail.send(new Letter(TO, "Enrolled", "text"));
        transactions.complete(Status.STATUS_ROLLEDBACK);

        assertTrue(background.isEmpty());
    }

    @Test
    void send_inATransactionMarkedForRollback_sendsNothing() {
        transactions.status = Status.STATUS_MARKED_ROLLBACK;

        mail.send(new Letter(TO, "Enrolled", "text"));

        assertTrue(transactions.synchronizations.isEmpty());
        assertTrue(background.isEmpty());
    }

    @Test
    void send_withAnAttachment_sendsTextAndFile() throws Exception {
        byte[] invite = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);

        mail.send(new Letter(TO, "Session invite", "The invite is attached.")
                .with(new Letter.Attachment("session.ics", "text/calendar; charset=UTF-8; method=PUBLISH", invite)));
        runBackground();

        Multipart parts = (Multipart) smtp.getReceivedMessages()[0].getContent();
        assertEquals(2, parts.getCount());
        assertEquals("The invite is attached.", ((String) parts.getBodyPart(0).getContent()).strip());
        Part file = parts.getBodyPart(1);
        assertEquals("session.ics", file.getFileName());
        assertTrue(file.isMimeType("text/calendar"), file.getContentType());
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        file.getDataHandler().writeTo(content);
        assertArrayEquals(invite, content.toByteArray());
    }

    @Test
    void send_withoutAHost_isSkippedAndLogsTheSubjectOnly() {
        config.remove("cascade.smtp.host");

        mail.send(new Letter(TO, "Reminder", "Private body text"));

        assertTrue(background.isEmpty());
        assertFalse(mail.configured());
        assertEquals(List.of("mail skipped: SMTP not configured (subject: Reminder)"), messages());
    }

    @Test
    void send_toAServerThatIsDown_logsAWarningWithoutAddressesAndDoesNotThrow() {
        smtp.stop();

        mail.send(new Letter(TO, "Reminder", "Private body text"));
        assertDoesNotThrow(this::runBackground);

        String warning = messages().get(0);
        assertTrue(warning.startsWith("mail failed: ") && warning.contains("java.net.ConnectException"), warning);
        assertTrue(warning.endsWith("(subject: Reminder)"), warning);
        assertFalse(warning.contains("school.example") || warning.contains("test.example") || warning.contains("127.0.0.1"),
                warning);
    }

    @Test
    void settings_defaultToPort587_andStarttlsOnlyWithCredentials() {
        MailSettings open = MailSettings.from(key -> Optional.ofNullable(Map.of("cascade.smtp.host", "smtp.example").get(key)))
                .orElseThrow();
        MailSettings withUser = MailSettings.from(key -> Optional.ofNullable(Map.of("cascade.smtp.host", "smtp.example",
                "cascade.smtp.user", "cascade", "cascade.smtp.password", "secret").get(key))).orElseThrow();

        assertEquals(587, open.port());
        assertEquals(MailSettings.DEFAULT_FROM, open.from());
        assertFalse(open.starttls());
        assertEquals("false", open.properties().get("mail.smtp.auth"));
        assertTrue(withUser.starttls());
        assertEquals("true", withUser.properties().get("mail.smtp.starttls.required"));
        assertEquals("true", withUser.properties().get("mail.smtp.auth"));
        assertFalse(withUser.toString().contains("secret"));
    }

    @Test
    void settings_withABlankHost_areAbsent() {
        assertTrue(MailSettings.from(key -> Optional.ofNullable(Map.of("cascade.smtp.host", "  ").get(key))).isEmpty());
    }

    @Test
    void settings_onPort465_useTlsFromTheStart() {
        MailSettings smtps = MailSettings.from(key -> Optional.ofNullable(Map.of("cascade.smtp.host", "smtp.example",
                "cascade.smtp.port", "465").get(key))).orElseThrow();

        assertEquals("true", smtps.properties().get("mail.smtp.ssl.enable"));
        assertFalse(smtps.properties().containsKey("mail.smtp.starttls.enable"));
    }

    @Test
    void letter_acceptsOnePlainAddressOnly() {
        assertThrows(IllegalArgumentException.class, () -> new Letter("not an address", "s", "t"));
        assertThrows(IllegalArgumentException.class, () -> new Letter("a@x.example, b@x.example", "s", "t"));
        assertThrows(IllegalArgumentException.class, () -> new Letter("Jo <jo@x.example>", "s", "t"));
        assertThrows(IllegalArgumentException.class, () -> new Letter("jo@x.example\r\nBcc: b@x.example", "s", "t"));
        assertDoesNotThrow(() -> new Letter("jo.bloggs+cascade@x.example", "s", "t"));
    }

    @Test
    void letter_rejectsALineBreakInTheSubject_andKeepsAddressesOutOfToString() {
        assertThrows(IllegalArgumentException.class, () -> new Letter(TO, "Hello\r\nBcc: b@x.example", "t"));

        String shown = new Letter(TO, "Hello", "Private body").toString();
        assertFalse(shown.contains(TO) || shown.contains("Private"), shown);
    }

    private void runBackground() {
        List<Runnable> tasks = List.copyOf(background);
        background.clear();
        tasks.forEach(Runnable::run);
    }

    private List<String> messages() {
        return capture.records.stream().map(LogRecord::getMessage).toList();
    }

    /** Just enough of JTA: a status and the synchronizations registered while it was active. */
    private static final class FakeTransactions implements TransactionSynchronizationRegistry {

        int status = Status.STATUS_NO_TRANSACTION;
        final List<Synchronization> synchronizations = new ArrayList<>();

        void complete(int outcome) {
            synchronizations.forEach(Synchronization::beforeCompletion);
            status = outcome;
            synchronizations.forEach(s -> s.afterCompletion(outcome));
            status = Status.STATUS_NO_TRANSACTION;
        }

        @Override
        public Object getTransactionKey() {
            return status == Status.STATUS_NO_TRANSACTION ? null : this;
        }

        @Override
        public void putResource(Object key, Object value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object getResource(Object key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            if (status != Status.STATUS_ACTIVE) {
                throw new IllegalStateException("no active transaction");
            }
            synchronizations.add(sync);
        }

        @Override
        public int getTransactionStatus() {
            return status;
        }

        @Override
        public void setRollbackOnly() {
            status = Status.STATUS_MARKED_ROLLBACK;
        }

        @Override
        public boolean getRollbackOnly() {
            return status == Status.STATUS_MARKED_ROLLBACK;
        }
    }
}

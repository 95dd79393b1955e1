package uk.org.cascade.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * An SMTP server (GreenMail) that catches everything the deployed Cascade sends, started with the
 * test database before Payara boots. Tests look for their own letters by a recipient that no other
 * test uses, so they need not clear the box.
 */
public final class TestMail {

    /** What the deployment sends from: a plain address, as Payara's command line is split at spaces. */
    public static final String FROM = "cascade@it.cascade.test";
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(30);

    private static GreenMail server;

    private TestMail() {
    }

    /** Starts the server on a free loopback port; the system properties that point Payara at it. */
    static synchronized List<String> start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
            server.start();
        }
        return List.of("-Dcascade.smtp.host=127.0.0.1",
                "-Dcascade.smtp.port=" + server.getSmtp().getPort(),
                "-Dcascade.smtp.from=" + FROM);
    }

    static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Every message received so far, oldest first. */
    public static List<MimeMessage> received() {
        return Arrays.asList(running().getReceivedMessages());
    }

    /** The first message to {@code recipient} whose subject contains {@code subjectPart}, waiting up to 30 s. */
    public static MimeMessage await(String recipient, String subjectPart) {
        return await(recipient, subjectPart, DEFAULT_WAIT);
    }

    /**
     * The first message to {@code recipient} whose subject contains {@code subjectPart}, waiting for
     * new mail until {@code timeout} has passed; an {@link AssertionError} if none came.
     */
    public static MimeMessage await(String recipient, String subjectPart, Duration timeout) {
        GreenMail mail = running();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            MimeMessage[] messages = mail.getReceivedMessages();
            Optional<MimeMessage> found = Arrays.stream(messages).filter(m -> matches(m, recipient, subjectPart)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            long left = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
            // Wakes as soon as one more message arrives, whoever it is for.
            if (left <= 0 || !mail.waitForIncomingEmail(left, messages.length + 1)) {
                throw new AssertionError("No mail to " + recipient + " with a subject containing \"" + subjectPart
                        + "\" within " + timeout + "; received " + messages.length + " in all");
            }
        }
    }

    /**
     * Every message to {@code recipient} whose subject contains {@code subjectPart}, once there are at least
     * {@code count}, waiting up to 30 s; an {@link AssertionError} if fewer came.
     */
    public static List<MimeMessage> awaitAll(String recipient, String subjectPart, int count) {
        GreenMail mail = running();
        long deadline = System.nanoTime() + DEFAULT_WAIT.toNanos();
        while (true) {
            MimeMessage[] messages = mail.getReceivedMessages();
            List<MimeMessage> found = Arrays.stream(messages).filter(m -> matches(m, recipient, subjectPart)).toList();
            long left = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
            if (found.size() >= count) {
                return found;
            }
            if (left <= 0 || !mail.waitForIncomingEmail(left, messages.length + 1)) {
                throw new AssertionError("Only " + found.size() + " of " + count + " mails to " + recipient
                        + " within " + DEFAULT_WAIT);
            }
        }
    }

    /** The plain-text body: the message itself, or its first text/plain part. */
    public static String text(MimeMessage message) {
        try {
            Object content = message.getContent();
            if (content instanceof String text) {
                return text;
            }
            Multipart parts = (Multipart) content;
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.isMimeType("text/plain") && !BodyPart.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                    return (String) part.getContent();
                }
            }
            throw new AssertionError("No text/plain part");
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Unreadable message", e);
        }
    }

    private static boolean matches(MimeMessage message, String recipient, String subjectPart) {
        try {
            String subject = message.getSubject();
            Address[] to = message.getRecipients(Message.RecipientType.TO);
            return subject != null && subject.contains(subjectPart) && to != null && Arrays.stream(to)
                    .anyMatch(a -> a instanceof InternetAddress i && i.getAddress().equalsIgnoreCase(recipient));
        } catch (MessagingException e) {
            return false;
        }
    }

    private static GreenMail running() {
        GreenMail mail = server;
        if (mail == null) {
            throw new IllegalStateException("The test SMTP server runs only in the integration tests (failsafe)");
        }
        return mail;
    }
}

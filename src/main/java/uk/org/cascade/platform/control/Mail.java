package uk.org.cascade.platform.control;

import jakarta.activation.DataHandler;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Sends letters by SMTP, in the background and only for work that happened: inside a transaction a
 * letter waits until that transaction commits and is dropped if it rolls back. Delivery runs on the
 * server's managed executor, so a slow or broken mail server never delays or fails the request that
 * sent the letter; failures are logged and otherwise forgotten.
 *
 * <p>Logs name the subject at most, never the recipient or the body.
 */
@ApplicationScoped
public class Mail {

    private static final Logger LOG = Logger.getLogger(Mail.class.getName());

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Resource
    ManagedExecutorService executor;

    /** Sends the letter now, or after the current transaction commits; never throws for delivery. */
    public void send(Letter letter) {
        Objects.requireNonNull(letter, "letter");
        switch (transactions.getTransactionStatus()) {
            case Status.STATUS_ACTIVE -> transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        dispatch(letter);
                    }
                }
            });
            // The work it reports will not happen.
            case Status.STATUS_MARKED_ROLLBACK, Status.STATUS_ROLLING_BACK, Status.STATUS_ROLLEDBACK -> { }
            default -> dispatch(letter);
        }
    }

    /** Whether an SMTP server is configured; without one every letter is skipped. */
    public boolean configured() {
        return settings().isPresent();
    }

    Optional<MailSettings> settings() {
        Config config = ConfigProvider.getConfig();
        return MailSettings.from(key -> config.getOptionalValue(key, String.class));
    }

    void inBackground(Runnable task) {
        executor.execute(task);
    }

    private void dispatch(Letter letter) {
        Optional<MailSettings> settings = settings();
        if (settings.isEmpty()) {
            LOG.info(() -> "mail skipped: SMTP not configured (subject: " + letter.subject() + ")");
            return;
        }
        try {
            inBackground(() -> deliver(settings.get(), letter));
        } catch (RejectedExecutionException e) {
            LOG.warning(() -> "mail not sent: no thread to send it (subject: " + letter.subject() + ")");
        }
    }

    /** Sends one letter, logging rather than throwing. */
    static void deliver(MailSettings settings, Letter letter) {
        try {
            Session session = Session.getInstance(settings.properties());
            MimeMessage message = compose(session, settings, letter);
            if (settings.user().isPresent()) {
                Transport.send(message, settings.user().get(), settings.password().orElse(""));
            } else {
                Transport.send(message);
            }
            LOG.fine(() -> "mail sent (subject: " + letter.subject() + ")");
        } catch (Exception e) {
            // The message could name addresses; the exception types say what went wrong well enough.
            LOG.log(Level.WARNING, () -> "mail failed: " + causes(e) + " (subject: " + letter.subject() + ")");
        }
    }

    static MimeMessage compose(Session session, MailSettings settings, Letter letter) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from(), true));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(letter.to(), true));
        message.setSubject(letter.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        // RFC 3834: out-of-office replies and the like should not answer a machine.
        message.setHeader("Auto-Submitted", "auto-generated");
        if (letter.attachments().isEmpty()) {
            message.setText(letter.text(), StandardCharsets.UTF_8.name());
        } else {
            MimeMultipart parts = new MimeMultipart("mixed");
            MimeBodyPart body = new MimeBodyPart();
            body.setText(letter.text(), StandardCharsets.UTF_8.name());
            parts.addBodyPart(body);
            for (Letter.Attachment attachment : letter.attachments()) {
                MimeBodyPart file = new MimeBodyPart();
                file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
                file.setFileName(attachment.filename());
                file.setDisposition(MimeBodyPart.ATTACHMENT);
                parts.addBodyPart(file);
            }
            message.setContent(parts);
        }
        message.saveChanges();
        return message;
    }

    /** {@code a.B <- c.D}: the exception's type and its causes', without their messages. */
    static String causes(Throwable e) {
        StringBuilder types = new StringBuilder(e.getClass().getName());
        Throwable cause = e.getCause();
        for (int depth = 0; cause != null && depth < 5; depth++, cause = cause.getCause()) {
            types.append(" <- ").append(cause.getClass().getName());
        }
        return types.toString();
    }
}

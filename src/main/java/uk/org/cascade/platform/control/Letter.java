package uk.org.cascade.platform.control;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.List;
import java.util.Objects;

/**
 * An email to one person: a plain-text UTF-8 body and any attachments (such as an iCalendar
 * invite). Checked when made, so that a bad address fails at the caller, not later in the
 * background where nobody sees it.
 */
public record Letter(String to, String subject, String text, List<Attachment> attachments) {

    /** A file sent with the letter; {@code contentType} such as {@code text/calendar; charset=UTF-8; method=PUBLISH}. */
    public record Attachment(String filename, String contentType, byte[] content) {

        public Attachment {
            Objects.requireNonNull(filename, "filename");
            Objects.requireNonNull(contentType, "contentType");
            content = Objects.requireNonNull(content, "content").clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }

    public Letter {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        attachments = List.copyOf(attachments);
        if (!isAddress(to)) {
            throw new IllegalArgumentException("to must be one email address");
        }
        // A line break in a header could smuggle in another header.
        if (subject.isBlank() || subject.indexOf('\r') >= 0 || subject.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("subject must be one line of text");
        }
    }

    public Letter(String to, String subject, String text) {
        this(to, subject, text, List.of());
    }

    /** The same letter with one more attachment. */
    public Letter with(Attachment attachment) {
        List<Attachment> more = new java.util.ArrayList<>(attachments);
        more.add(attachment);
        return new Letter(to, subject, text, more);
    }

    /** One plain address such as {@code jo@school.example}: no display name, no list. */
    public static boolean isAddress(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        try {
            InternetAddress address = new InternetAddress(value, true);
            return address.getPersonal() == null && address.getAddress().equals(value) && value.indexOf('@') > 0;
        } catch (AddressException e) {
            return false;
        }
    }

    /** Never the address or the body: this ends up in logs. */
    @Override
    public String toString() {
        return "Letter[subject=" + subject + ", attachments=" + attachments.size() + "]";
    }
}

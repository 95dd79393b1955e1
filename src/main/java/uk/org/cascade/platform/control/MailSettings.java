package uk.org.cascade.platform.control;

import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * How to reach the SMTP server, from MicroProfile Config ({@code CASCADE_SMTP_HOST} and friends in
 * production). Without a host there are no settings, and mail is skipped.
 */
record MailSettings(String host, int port, Optional<String> user, Optional<String> password, String from,
                    boolean starttls) {

    static final String DEFAULT_FROM = "Cascade <no-reply@cascade.invalid>";
    static final int DEFAULT_PORT = 587;
    /** SMTP over TLS from the first byte (RFC 8314), rather than STARTTLS. */
    static final int SMTPS_PORT = 465;

    /** {@code values} answers a config key such as {@code cascade.smtp.host}, blank counting as absent. */
    static Optional<MailSettings> from(Function<String, Optional<String>> values) {
        Function<String, Optional<String>> value = key -> values.apply(key).map(String::strip).filter(v -> !v.isEmpty());
        Optional<String> user = value.apply("cascade.smtp.user");
        return value.apply("cascade.smtp.host").map(host -> new MailSettings(host,
                value.apply("cascade.smtp.port").map(Integer::parseInt).orElse(DEFAULT_PORT),
                user,
                values.apply("cascade.smtp.password").filter(p -> !p.isEmpty()),
                value.apply("cascade.smtp.from").orElse(DEFAULT_FROM),
                // Credentials never travel in clear text unless someone says so.
                value.apply("cascade.smtp.starttls").map(Boolean::parseBoolean).orElse(user.isPresent())));
    }

    /** Jakarta Mail session properties. */
    Properties properties() {
        Properties p = new Properties();
        p.put("mail.transport.protocol", "smtp");
        p.put("mail.smtp.host", host);
        p.put("mail.smtp.port", Integer.toString(port));
        p.put("mail.smtp.auth", Boolean.toString(user.isPresent()));
        // A stuck server must not hold a pool thread forever.
        p.put("mail.smtp.connectiontimeout", "20000");
        p.put("mail.smtp.timeout", "30000");
        p.put("mail.smtp.writetimeout", "30000");
        if (port == SMTPS_PORT) {
            p.put("mail.smtp.ssl.enable", "true");
            p.put("mail.smtp.ssl.checkserveridentity", "true");
        } else if (starttls) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
            p.put("mail.smtp.ssl.checkserveridentity", "true");
        }
        return p;
    }

    @Override
    public String toString() {
        return "MailSettings[" + host + ":" + port + ", starttls=" + starttls + ", auth=" + user.isPresent() + "]";
    }
}

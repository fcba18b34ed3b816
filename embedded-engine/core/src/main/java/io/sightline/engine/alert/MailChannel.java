package io.sightline.engine.alert;

import io.sightline.engine.api.Alert;
import io.sightline.engine.api.NotificationSettings;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Properties;

/**
 * Sends an alert by e-mail through the configured SMTP server, once the {@link NotificationTargets} allow its
 * host. Refused addresses are not retried.
 */
final class MailChannel {
    private final String timeoutMillis;
    private final NotificationTargets targets;

    MailChannel(Duration timeout, NotificationTargets targets) {
        this.timeoutMillis = String.valueOf(timeout.toMillis());
        this.targets = targets;
    }

    Retry.Outcome send(NotificationSettings settings, Alert alert, StringBuilder detail) {
        return send(settings, "Sightline alert " + AlertMessages.subject(alert), body(alert), detail);
    }

    /** A test message: says only that alerts will arrive this way. */
    Retry.Outcome sendTest(NotificationSettings settings, StringBuilder detail) {
        return send(settings, AlertMessages.TEST_TITLE, AlertMessages.TEST_TEXT + "\n", detail);
    }

    private Retry.Outcome send(NotificationSettings settings, String subject, String body, StringBuilder detail) {
        if (!targets.allowsNow(settings.smtpHost(), "SMTP server", detail)) {
            return Retry.Outcome.GIVE_UP;
        }
        try {
            MimeMessage message = new MimeMessage(session(settings));
            message.setFrom(new InternetAddress(settings.mailFrom()));
            for (String to : settings.mailTo()) {
                message.addRecipient(Message.RecipientType.TO, new InternetAddress(to));
            }
            message.setSubject(subject, "UTF-8");
            message.setText(body, "UTF-8");
            Transport.send(message);
            return Retry.Outcome.DELIVERED;
        } catch (SendFailedException e) {
            detail.append("The mail server refused the message: ").append(e.getMessage());
            return Retry.Outcome.GIVE_UP;
        } catch (MessagingException e) {
            detail.append("Could not send the e-mail: ").append(e.getMessage());
            return Retry.Outcome.RETRY;
        }
    }

    static String body(Alert alert) {
        return alert.message() + "\n\nRule: " + alert.ruleName() + "\nDeployment: " + alert.deployment()
                + "\nSeverity: " + alert.severity() + "\nState: " + alert.state() + "\nFired at: " + alert.firedAt()
                + "\nValue: " + alert.value() + " (threshold " + alert.threshold() + ")\n";
    }

    private Session session(NotificationSettings settings) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", settings.smtpHost());
        properties.put("mail.smtp.port", String.valueOf(settings.smtpPort()));
        properties.put("mail.smtp.connectiontimeout", timeoutMillis);
        properties.put("mail.smtp.timeout", timeoutMillis);
        properties.put("mail.smtp.writetimeout", timeoutMillis);
        properties.put("mail.smtp.starttls.enable", String.valueOf(settings.smtpStartTls()));
        properties.put("mail.smtp.starttls.required", String.valueOf(settings.smtpStartTls()));
        if (settings.smtpUser().isEmpty()) {
            return Session.getInstance(properties);
        }
        properties.put("mail.smtp.auth", "true");
        return Session.getInstance(properties, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.smtpUser(), settings.smtpPassword());
            }
        });
    }
}

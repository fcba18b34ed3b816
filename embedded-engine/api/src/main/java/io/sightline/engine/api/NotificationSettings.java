package io.sightline.engine.api;

import java.util.List;

/**
 * Where fired alerts are sent besides the console: a Slack-compatible webhook and e-mail over SMTP. Empty
 * webhook URL or SMTP host means that channel is off. The SMTP password is write-only: reads return it
 * blank with {@code smtpPasswordSet} saying whether one is stored.
 */
public record NotificationSettings(
        String webhookUrl,
        String smtpHost,
        int smtpPort,
        boolean smtpStartTls,
        String smtpUser,
        String smtpPassword,
        boolean smtpPasswordSet,
        String mailFrom,
        List<String> mailTo) {

    public NotificationSettings {
        mailTo = mailTo == null ? List.of() : List.copyOf(mailTo);
    }

    public static NotificationSettings none() {
        return new NotificationSettings("", "", 25, false, "", "", false, "", List.of());
    }
}

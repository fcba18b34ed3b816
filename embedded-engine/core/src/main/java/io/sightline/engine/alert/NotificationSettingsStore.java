package io.sightline.engine.alert;

import io.sightline.engine.api.NotificationSettings;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.store.Database;
import io.sightline.engine.wire.Json;
import io.sightline.engine.store.Sql;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Where alerts are sent. The SMTP password is kept in its own column and never read back through
 * {@link #settings()}; {@link #withPassword()} is for the mail channel only.
 */
public final class NotificationSettingsStore {
    private final Database database;

    public NotificationSettingsStore(Database database) {
        this.database = database;
    }

    /** The settings as anyone may read them: the password blank, {@code smtpPasswordSet} saying if one is kept. */
    public NotificationSettings settings() {
        NotificationSettings full = withPassword();
        return new NotificationSettings(full.webhookUrl(), full.smtpHost(), full.smtpPort(), full.smtpStartTls(),
                full.smtpUser(), "", !full.smtpPassword().isEmpty(), full.mailFrom(), full.mailTo());
    }

    NotificationSettings withPassword() {
        return database.read(c -> Sql.one(c, "SELECT settings_json, smtp_password FROM notification_settings WHERE id = 1",
                row -> {
                    NotificationSettings saved = Json.read(row.getString("settings_json"), NotificationSettings.class);
                    String password = Optional.ofNullable(row.getString("smtp_password")).orElse("");
                    return new NotificationSettings(text(saved.webhookUrl()), text(saved.smtpHost()), saved.smtpPort(),
                            saved.smtpStartTls(), text(saved.smtpUser()), password, !password.isEmpty(),
                            text(saved.mailFrom()), saved.mailTo());
                })).orElse(NotificationSettings.none());
    }

    /**
     * Saves new settings. A blank password keeps the stored one unless {@code smtpPasswordSet} is false, which
     * clears it.
     */
    public NotificationSettings update(NotificationSettings settings) {
        NotificationSettings ready = toTry(settings);
        database.inTransaction(c -> {
            Sql.update(c, "DELETE FROM notification_settings WHERE id = 1");
            return Sql.update(c, "INSERT INTO notification_settings (id, settings_json, smtp_password) VALUES (1, ?, ?)",
                    Json.write(stripped(ready, "")), ready.smtpPassword());
        });
        return settings();
    }

    /**
     * Settings as saving would keep them, ready to send with though not saved: checked, trimmed, and with the
     * password saving would keep.
     */
    NotificationSettings toTry(NotificationSettings settings) {
        check(settings);
        String password = !text(settings.smtpPassword()).isEmpty() ? settings.smtpPassword()
                : settings.smtpPasswordSet() ? withPassword().smtpPassword() : "";
        return stripped(settings, password);
    }

    private static NotificationSettings stripped(NotificationSettings settings, String password) {
        return new NotificationSettings(text(settings.webhookUrl()).strip(), text(settings.smtpHost()).strip(),
                settings.smtpPort(), settings.smtpStartTls(), text(settings.smtpUser()).strip(), password,
                !password.isEmpty(), text(settings.mailFrom()).strip(),
                settings.mailTo().stream().map(String::strip).filter(to -> !to.isEmpty()).toList());
    }

    private static void check(NotificationSettings settings) {
        if (settings == null) {
            throw PlatformException.invalid("Give the notification settings.");
        }
        String webhook = text(settings.webhookUrl()).strip();
        if (!webhook.isEmpty()) {
            URI uri;
            try {
                uri = URI.create(webhook);
            } catch (IllegalArgumentException e) {
                throw PlatformException.invalid("The webhook address \"" + webhook + "\" is not a valid URL.");
            }
            if (!List.of("http", "https").contains(String.valueOf(uri.getScheme())) || uri.getHost() == null) {
                throw PlatformException.invalid("The webhook address must start with http:// or https:// and name a host.");
            }
        }
        if (!text(settings.smtpHost()).isBlank()) {
            if (settings.smtpPort() < 1 || settings.smtpPort() > 65_535) {
                throw PlatformException.invalid("The SMTP port must be between 1 and 65535.");
            }
            if (text(settings.mailFrom()).isBlank() || settings.mailTo().isEmpty()) {
                throw PlatformException.invalid("E-mail alerts need a sender address and at least one recipient.");
            }
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}

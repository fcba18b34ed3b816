package io.sightline.engine.alert;

import io.sightline.engine.api.NotificationSettings;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.store.Database;
import io.sightline.engine.store.SecretBox;
import io.sightline.engine.wire.Json;
import io.sightline.engine.store.Sql;
import java.util.Objects;
import java.util.Optional;

/**
 * Where alerts are sent. The SMTP password is kept encrypted (see {@link SecretBox}) in its own column and never
 * read back through {@link #settings()}; {@link #withPassword()} is for the mail channel only. A kept password
 * goes only to the server, port and user it was given for: settings that change any of them must bring the
 * password again.
 */
public final class NotificationSettingsStore {
    private final Database database;
    private final NotificationTargets targets;
    private final SecretBox secrets;

    /** Opens the settings; a password stored in clear by an earlier version is encrypted now. */
    public NotificationSettingsStore(Database database, NotificationTargets targets, SecretBox secrets) {
        this.database = database;
        this.targets = targets;
        this.secrets = secrets;
        sealClearPassword();
    }

    private void sealClearPassword() {
        database.inTransaction(c -> {
            Optional<String> clear = Sql.one(c, "SELECT smtp_password FROM notification_settings WHERE id = 1",
                    row -> row.getString("smtp_password")).filter(stored -> !stored.isEmpty() && !SecretBox.isSealed(stored));
            return clear.isEmpty() ? 0 : Sql.update(c, "UPDATE notification_settings SET smtp_password = ? WHERE id = 1",
                    secrets.seal(clear.get()));
        });
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
                    String password = secrets.open(Optional.ofNullable(row.getString("smtp_password")).orElse(""));
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
                    Json.write(stripped(ready, "")), secrets.seal(ready.smtpPassword()));
        });
        return settings();
    }

    /**
     * Settings as saving would keep them, ready to send with though not saved: checked, trimmed, and with the
     * password saving would keep. Keeping the stored password is refused when the SMTP server, port or user
     * changed: otherwise anyone allowed to edit the settings could have it sent to a server of their own.
     */
    NotificationSettings toTry(NotificationSettings settings) {
        check(settings);
        String password = text(settings.smtpHost()).isBlank() ? "" : text(settings.smtpPassword());
        if (password.isEmpty() && settings.smtpPasswordSet() && !text(settings.smtpHost()).isBlank()) {
            NotificationSettings stored = withPassword();
            if (!stored.smtpPassword().isEmpty() && !sameMailAccount(stored, settings)) {
                throw PlatformException.invalid("The SMTP server, port or user changed, so the kept password is not "
                        + "used for it: enter the password again for " + text(settings.smtpUser()).strip() + " at "
                        + text(settings.smtpHost()).strip() + ", or leave it empty to save without one.");
            }
            password = stored.smtpPassword();
        }
        return stripped(settings, password);
    }

    private static boolean sameMailAccount(NotificationSettings stored, NotificationSettings given) {
        return stored.smtpHost().equalsIgnoreCase(text(given.smtpHost()).strip())
                && stored.smtpPort() == given.smtpPort()
                && Objects.equals(stored.smtpUser(), text(given.smtpUser()).strip());
    }

    private static NotificationSettings stripped(NotificationSettings settings, String password) {
        return new NotificationSettings(text(settings.webhookUrl()).strip(), text(settings.smtpHost()).strip(),
                settings.smtpPort(), settings.smtpStartTls(), text(settings.smtpUser()).strip(), password,
                !password.isEmpty(), text(settings.mailFrom()).strip(),
                settings.mailTo().stream().map(String::strip).filter(to -> !to.isEmpty()).toList());
    }

    private void check(NotificationSettings settings) {
        if (settings == null) {
            throw PlatformException.invalid("Give the notification settings.");
        }
        String webhook = text(settings.webhookUrl()).strip();
        if (!webhook.isEmpty()) {
            targets.checkWebhook(webhook);
        }
        if (!text(settings.smtpHost()).isBlank()) {
            targets.checkMailHost(settings.smtpHost());
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

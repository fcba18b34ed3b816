package io.sightline.engine.server.api;

import io.javalin.http.Context;
import io.sightline.engine.api.AlertRuleSpec;
import io.sightline.engine.api.Alerts;
import io.sightline.engine.api.NotificationSettings;
import io.sightline.engine.server.RequestUser;
import io.sightline.engine.wire.Requests;

/**
 * Alert rules, alerts and where notifications go. Who acknowledged or resolved an alert is the user the
 * request's token belongs to, so that the record cannot be signed in someone else's name.
 */
final class AlertHandlers {
    private final Alerts alerts;

    AlertHandlers(Alerts alerts) {
        this.alerts = alerts;
    }

    void rules(Context ctx) {
        ctx.json(Params.page(ctx, alerts.alertRules()));
    }

    void saveRule(Context ctx) {
        ctx.json(alerts.saveAlertRule(Bodies.read(ctx, AlertRuleSpec.class, "name", "deployment", "metric",
                "comparison", "window")));
    }

    /** Fields left out are left to the facet, so that an incomplete rule is refused in its words. */
    void tryRule(Context ctx) {
        ctx.json(alerts.tryAlertRule(Bodies.read(ctx, AlertRuleSpec.class)));
    }

    void deleteRule(Context ctx) {
        alerts.deleteAlertRule(ctx.pathParam("id"));
        ctx.status(204);
    }

    void alerts(Context ctx) {
        ctx.json(Params.page(ctx, alerts.alerts(Params.flag(ctx, "includeResolved", false))));
    }

    void acknowledge(Context ctx) {
        ctx.json(alerts.acknowledgeAlert(ctx.pathParam("id"), RequestUser.of(ctx)));
    }

    void resolve(Context ctx) {
        ctx.json(alerts.resolveAlert(ctx.pathParam("id"), RequestUser.of(ctx)));
    }

    void notificationSettings(Context ctx) {
        ctx.json(alerts.notificationSettings());
    }

    void updateNotificationSettings(Context ctx) {
        ctx.json(alerts.updateNotificationSettings(Bodies.read(ctx, NotificationSettings.class)));
    }

    /** The channel and settings are checked by the facet, as for the embedded engine. */
    void sendTestNotification(Context ctx) {
        Requests.NotificationTest test = Bodies.read(ctx, Requests.NotificationTest.class);
        ctx.json(alerts.sendTestNotification(test.channel(), test.settings()));
    }
}

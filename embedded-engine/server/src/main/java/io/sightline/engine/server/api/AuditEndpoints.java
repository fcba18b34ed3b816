package io.sightline.engine.server.api;

import io.javalin.http.Context;
import io.sightline.engine.api.Audit;
import io.sightline.engine.api.AuditEntry;
import io.sightline.engine.api.AuditQuery;
import io.sightline.engine.api.AuditVerification;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.server.openapi.DocumentedRoute;
import io.sightline.engine.server.openapi.Param;
import io.sightline.engine.server.openapi.Shape;
import io.sightline.engine.wire.ListPage;
import io.sightline.engine.wire.Wire;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The part of the route table for the audit log: its entries, filtered and paged, and the check of its chain. */
final class AuditEndpoints {
    private final Audit audit;

    private AuditEndpoints(Audit audit) {
        this.audit = audit;
    }

    static List<DocumentedRoute> of(Audit audit) {
        AuditEndpoints handlers = new AuditEndpoints(audit);
        String api = Wire.API;
        return List.of(
                DocumentedRoute.get(api + "/audit", handlers::entries).tag("audit").paged()
                        .param(Param.query("from", "string", "Entries made at or after this instant (ISO-8601)"))
                        .param(Param.query("to", "string", "Entries made before this instant (ISO-8601)"))
                        .param(Param.query("actor", "string", "Entries of this user"))
                        .param(Param.query("action", "string", "Entries of this action, e.g. deploy"))
                        .param(Param.query("subject", "string", "Entries whose subject contains this text (any case)"))
                        .summary("Every change made to the platform, newest first: who, when, from where, what, and"
                                + " the state before and after (total is null: the log is not counted)")
                        .returns(Shape.pageOf(AuditEntry.class)),
                DocumentedRoute.get(api + "/audit/verify", handlers::verify).tag("audit")
                        .summary("Checks the audit log's hash chain: intact, or the first entry edited or deleted")
                        .returns(Shape.json(AuditVerification.class)));
    }

    private void entries(Context ctx) {
        int offset = Params.offset(ctx);
        int limit = Params.limit(ctx);
        AuditQuery query = new AuditQuery(instant(ctx, "from"), instant(ctx, "to"), ctx.queryParam("actor"),
                ctx.queryParam("action"), ctx.queryParam("subject"), offset, limit);
        ctx.json(new ListPage<>(audit.auditEntries(query), offset, limit, null));
    }

    private void verify(Context ctx) {
        ctx.json(audit.verifyAudit());
    }

    private static Instant instant(Context ctx, String name) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw PlatformException.invalid("'" + name + "' is an instant such as 2026-11-01T09:00:00Z (got '"
                    + text + "').");
        }
    }
}

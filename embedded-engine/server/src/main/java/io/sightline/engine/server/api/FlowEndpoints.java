package io.sightline.engine.server.api;

import io.sightline.engine.api.Flow;
import io.sightline.engine.api.FlowDefinition;
import io.sightline.engine.api.Flows;
import io.sightline.engine.server.openapi.DocumentedRoute;
import io.sightline.engine.server.openapi.Shape;
import io.sightline.engine.wire.Requests;
import io.sightline.engine.wire.Wire;
import java.util.List;

/** The part of the route table for deployment flows: definitions, flows started, read and steered. */
final class FlowEndpoints {
    private static final String BY_TOKEN = "; recorded with the token's user (with 'by' only on a server without"
            + " tokens)";

    private FlowEndpoints() {
    }

    static List<DocumentedRoute> of(Flows flows) {
        FlowHandlers handlers = new FlowHandlers(flows);
        String api = Wire.API;
        String flow = api + "/flows/{id}";
        String step = flow + "/steps/{step}";
        return List.of(
                DocumentedRoute.get(api + "/flow-definitions", handlers::definitions).tag("flows").paged()
                        .summary("The flows this server can run: each one's steps, the edges between them with their"
                                + " conditions, and its parameters with their defaults")
                        .returns(Shape.pageOf(FlowDefinition.class)),
                DocumentedRoute.post(api + "/flows", handlers::start).tag("flows").status(201)
                        .summary("Starts a flow of a definition on a model version (and the deployment it releases"
                                + " into); parameters left out take the definition's defaults. The starter cannot"
                                + " approve the flow" + BY_TOKEN)
                        .accepts(Shape.json(Requests.FlowLaunch.class)).returns(Shape.json(Flow.class)),
                DocumentedRoute.get(api + "/flows", handlers::list).tag("flows").paged()
                        .summary("The most recent flows, newest first (total is null: only the most recent are"
                                + " kept in the list)")
                        .returns(Shape.pageOf(Flow.class)),
                DocumentedRoute.get(flow, handlers::get).tag("flows")
                        .summary("One flow: its definition as it started, its parameters, its state and each step's"
                                + " run with the values its gates judged").returns(Shape.json(Flow.class)),
                DocumentedRoute.post(step + "/approve", handlers::approve).tag("flows")
                        .summary("Approves a step waiting for approval, by someone other than the flow's starter"
                                + BY_TOKEN).accepts(Shape.json(Requests.FlowChange.class))
                        .returns(Shape.json(Flow.class)),
                DocumentedRoute.post(step + "/reject", handlers::reject).tag("flows")
                        .summary("Rejects a step waiting for approval, for a reason: the step fails and the flow"
                                + " follows its failure edges" + BY_TOKEN)
                        .accepts(Shape.json(Requests.FlowChange.class)).returns(Shape.json(Flow.class)),
                DocumentedRoute.post(flow + "/pause", handlers::pause).tag("flows")
                        .summary("Starts no new step until resumed; a step already running finishes" + BY_TOKEN)
                        .accepts(Shape.json(Requests.FlowChange.class)).returns(Shape.json(Flow.class)),
                DocumentedRoute.post(flow + "/resume", handlers::resume).tag("flows")
                        .summary("Goes on with a paused flow" + BY_TOKEN)
                        .accepts(Shape.json(Requests.FlowChange.class)).returns(Shape.json(Flow.class)),
                DocumentedRoute.post(flow + "/abort", handlers::abort).tag("flows")
                        .summary("Ends the flow now, for a reason: no further step runs" + BY_TOKEN)
                        .accepts(Shape.json(Requests.FlowChange.class)).returns(Shape.json(Flow.class)));
    }
}

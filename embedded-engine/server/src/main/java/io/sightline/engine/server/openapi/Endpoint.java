package io.sightline.engine.server.openapi;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;

/**
 * One route of the API and what it means: method, path (with {@code {name}} parameters), handler, summary,
 * extra parameters, request body, response body and success status. Built with the small fluent methods,
 * e.g. {@code Endpoint.get("/api/v1/runs", runs::list).summary("…").returns(Shape.pageOf(RunInfo.class))}.
 */
public record Endpoint(HandlerType method, String path, Handler handler, String tag, String summary,
                       List<Param> params, Shape request, Shape response, int status, boolean tokenFree) {

    public Endpoint {
        params = List.copyOf(params);
    }

    public static Endpoint get(String path, Handler handler) {
        return of(HandlerType.GET, path, handler);
    }

    public static Endpoint post(String path, Handler handler) {
        return of(HandlerType.POST, path, handler);
    }

    public static Endpoint put(String path, Handler handler) {
        return of(HandlerType.PUT, path, handler);
    }

    public static Endpoint delete(String path, Handler handler) {
        return of(HandlerType.DELETE, path, handler).status(204);
    }

    private static Endpoint of(HandlerType method, String path, Handler handler) {
        return new Endpoint(method, path, handler, "platform", "", List.of(), null, null, 200, false);
    }

    public Endpoint tag(String newTag) {
        return new Endpoint(method, path, handler, newTag, summary, params, request, response, status, tokenFree);
    }

    public Endpoint summary(String text) {
        return new Endpoint(method, path, handler, tag, text, params, request, response, status, tokenFree);
    }

    public Endpoint param(Param param) {
        List<Param> more = new ArrayList<>(params);
        more.add(param);
        return new Endpoint(method, path, handler, tag, summary, more, request, response, status, tokenFree);
    }

    /** Adds the {@code offset} and {@code limit} parameters every list takes. */
    public Endpoint paged() {
        return param(Param.query("offset", "integer", "Position of the first item (default 0)."))
                .param(Param.query("limit", "integer", "Items per page (default 100, at most 1000)."));
    }

    public Endpoint accepts(Shape body) {
        return new Endpoint(method, path, handler, tag, summary, params, body, response, status, tokenFree);
    }

    public Endpoint returns(Shape body) {
        return new Endpoint(method, path, handler, tag, summary, params, request, body, status, tokenFree);
    }

    public Endpoint status(int successStatus) {
        return new Endpoint(method, path, handler, tag, summary, params, request, response, successStatus, tokenFree);
    }

    /** Answered without a token (health probes). */
    public Endpoint noToken() {
        return new Endpoint(method, path, handler, tag, summary, params, request, response, status, true);
    }
}

package io.sightline.engine.server.openapi;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;

/**
 * One route of the API and what it means: method, path (with {@code {name}} parameters), handler, summary,
 * extra parameters, request body, response body and success status. Built with the small fluent methods,
 * e.g. {@code DocumentedRoute.get("/api/v1/runs", runs::list).summary("…").returns(Shape.pageOf(RunInfo.class))}.
 */
public record DocumentedRoute(HandlerType method, String path, Handler handler, String tag, String summary,
                       List<Param> params, Shape request, Shape response, int status, boolean tokenFree) {

    public DocumentedRoute {
        params = List.copyOf(params);
    }

    public static DocumentedRoute get(String path, Handler handler) {
        return of(HandlerType.GET, path, handler);
    }

    public static DocumentedRoute post(String path, Handler handler) {
        return of(HandlerType.POST, path, handler);
    }

    public static DocumentedRoute put(String path, Handler handler) {
        return of(HandlerType.PUT, path, handler);
    }

    public static DocumentedRoute delete(String path, Handler handler) {
        return of(HandlerType.DELETE, path, handler).status(204);
    }

    private static DocumentedRoute of(HandlerType method, String path, Handler handler) {
        return new DocumentedRoute(method, path, handler, "platform", "", List.of(), null, null, 200, false);
    }

    public DocumentedRoute tag(String newTag) {
        return new DocumentedRoute(method, path, handler, newTag, summary, params, request, response, status, tokenFree);
    }

    public DocumentedRoute summary(String text) {
        return new DocumentedRoute(method, path, handler, tag, text, params, request, response, status, tokenFree);
    }

    public DocumentedRoute param(Param param) {
        List<Param> more = new ArrayList<>(params);
        more.add(param);
        return new DocumentedRoute(method, path, handler, tag, summary, more, request, response, status, tokenFree);
    }

    /** Adds the {@code offset} and {@code limit} parameters every list takes. */
    public DocumentedRoute paged() {
        return param(Param.query("offset", "integer", "Position of the first item (default 0)."))
                .param(Param.query("limit", "integer", "Items per page (default 100, at most 1000)."));
    }

    public DocumentedRoute accepts(Shape body) {
        return new DocumentedRoute(method, path, handler, tag, summary, params, body, response, status, tokenFree);
    }

    public DocumentedRoute returns(Shape body) {
        return new DocumentedRoute(method, path, handler, tag, summary, params, request, body, status, tokenFree);
    }

    public DocumentedRoute status(int successStatus) {
        return new DocumentedRoute(method, path, handler, tag, summary, params, request, response, successStatus, tokenFree);
    }

    /** Answered without a token (health probes). */
    public DocumentedRoute noToken() {
        return new DocumentedRoute(method, path, handler, tag, summary, params, request, response, status, true);
    }
}

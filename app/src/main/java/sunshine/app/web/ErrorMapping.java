package sunshine.app.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.router.EndpointNotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sunshine.index.search.InvalidRequestException;

/**
 * The one place errors become responses: a page for people, or JSON for {@code /api/*}. Handlers only throw
 * (Javalin's NotFoundResponse/BadRequestResponse, the index's InvalidRequestException); anything unexpected is
 * logged with its stack trace here and answered with a plain 500 that shows none of it.
 */
public final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    public void register(RoutesConfig routes) {
        routes.exception(InvalidRequestException.class,
                (e, ctx) -> respond(ctx, ErrorView.badRequest(e.parameter(), e.getMessage())));
        routes.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, fromHttp(e, ctx)));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("Request {} {} failed", ctx.method(), ctx.path(), e);
            respond(ctx, ErrorView.serverError());
        });
    }

    private static ErrorView fromHttp(HttpResponseException e, Context ctx) {
        return switch (e.getStatus()) {
            case 400 -> ErrorView.badRequest(null, e.getMessage());
            case 404 -> ErrorView.notFound(e instanceof EndpointNotFound ? null : e.getMessage());
            case 405 -> {
                String allowed = e instanceof MethodNotAllowedResponse m ? m.getDetails().get("availableMethods") : null;
                if (allowed != null) {
                    ctx.header("Allow", allowed);
                }
                yield ErrorView.methodNotAllowed(allowed);
            }
            case 401 -> ErrorView.unauthorized();
            case 413 -> ErrorView.tooLarge(e.getMessage());
            case 429 -> ErrorView.tooManyRequests(e.getMessage());
            case 500 -> ErrorView.serverError();
            default -> ErrorView.other(e.getStatus());
        };
    }

    static void respond(Context ctx, ErrorView view) {
        ctx.status(view.status());
        if (isApi(ctx)) {
            ctx.json(new ApiError(view.code(), view.message(), view.parameter()));
            ctx.contentType("application/json; charset=utf-8");
            return;
        }
        try {
            Views.render(ctx, "pages/error", Layout.page(view.heading(), Layout.Nav.NONE), view);
        } catch (RuntimeException renderFailure) {
            // The error page itself failed: still answer in words, never with Jetty's page or a trace.
            LOG.error("Error page for {} could not be rendered", ctx.path(), renderFailure);
            ctx.contentType("text/plain; charset=utf-8").result(view.heading() + "\n" + view.message());
        }
    }

    static boolean isApi(Context ctx) {
        return ctx.path().equals("/api") || ctx.path().startsWith("/api/") || ctx.path().startsWith("/admin/");
    }
}

package sunshine.app.searchlog;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import sunshine.index.search.SearchResult;

/**
 * Feeds the search log from the two search routes only ({@code /search} and {@code /api/search}), after they
 * answered: the first page of a search with text counts once; paging, browsing without text and every other route
 * (documents, the policy matcher) are never recorded.
 */
public final class SearchLogRoutes {
    private SearchLogRoutes() {
    }

    public static void register(RoutesConfig routes, SearchLog log) {
        routes.after("/search", ctx -> record(ctx, log));
        routes.after("/api/search", ctx -> record(ctx, log));
    }

    private static void record(Context ctx, SearchLog log) {
        if (ctx.attribute(SearchLog.RESULT) instanceof SearchResult r && r.request().page() == 1 && r.request().hasText()) {
            log.record(r.request().text(), r.total());
        }
    }
}

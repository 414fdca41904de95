package sunshine.app.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import sunshine.app.search.SearchParams;
import sunshine.app.searchlog.SearchLog;
import sunshine.index.PortalIndex;
import sunshine.index.search.SearchResult;

/** {@code GET /api/search}: the same search as the page, as JSON. */
public final class SearchApi implements Handler {
    private final PortalIndex index;

    public SearchApi(PortalIndex index) {
        this.index = index;
    }

    @Override
    public void handle(Context ctx) throws IOException {
        SearchResult result = index.search().search(SearchParams.from(ctx));
        ctx.attribute(SearchLog.RESULT, result); // counted by the search log, if on
        ApiJson.send(ctx, SearchResponse.of(result));
    }
}

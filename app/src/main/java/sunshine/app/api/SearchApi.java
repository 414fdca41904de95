package sunshine.app.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import sunshine.app.search.SearchParams;
import sunshine.index.PortalIndex;

/** {@code GET /api/search}: the same search as the page, as JSON. */
public final class SearchApi implements Handler {
    private final PortalIndex index;

    public SearchApi(PortalIndex index) {
        this.index = index;
    }

    @Override
    public void handle(Context ctx) throws IOException {
        ApiJson.send(ctx, SearchResponse.of(index.search().search(SearchParams.from(ctx))));
    }
}

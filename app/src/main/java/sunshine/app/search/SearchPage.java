package sunshine.app.search;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import sunshine.app.web.Layout;
import sunshine.app.web.Views;
import sunshine.index.PortalIndex;
import sunshine.index.content.DocType;
import sunshine.index.search.SearchRequest;
import sunshine.index.search.SearchResult;

/** {@code GET /search}: results, filters and page links; bad parameters become the 400 page. */
public final class SearchPage implements Handler {
    private final PortalIndex index;

    public SearchPage(PortalIndex index) {
        this.index = index;
    }

    @Override
    public void handle(Context ctx) throws IOException {
        SearchRequest request = SearchParams.from(ctx);
        SearchResult result = index.search().search(request);
        SearchView view = SearchView.of(result, result.shownQuery(), blankToNull(ctx.queryParam("sort")), index.lists().topics());
        String title = request.page() > 1 ? view.heading() + "（第 " + request.page() + " 页）" : view.heading();
        boolean news = request.typeFilter().orElse(null) == DocType.NEWS && !request.hasText();
        Views.render(ctx, "pages/search", Layout.page(title, news ? Layout.Nav.NEWS : Layout.Nav.SEARCH), view);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

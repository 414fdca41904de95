package sunshine.app.search;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.util.List;
import sunshine.app.searchlog.SearchLog;
import sunshine.app.web.Layout;
import sunshine.app.web.Views;
import sunshine.index.PortalIndex;
import sunshine.index.content.DocType;
import sunshine.index.search.SearchRequest;
import sunshine.index.search.SearchResult;
import sunshine.index.search.Suggestion;

/** {@code GET /search}: results, filters and page links; bad parameters become the 400 page. */
public final class SearchPage implements Handler {
    private static final int SUGGESTIONS = 5;

    private final PortalIndex index;

    public SearchPage(PortalIndex index) {
        this.index = index;
    }

    @Override
    public void handle(Context ctx) throws IOException {
        SearchRequest request = SearchParams.from(ctx);
        SearchResult result = index.search().search(request);
        ctx.attribute(SearchLog.RESULT, result); // counted by the search log, if on
        List<Suggestion> suggestions = request.hasText() && request.page() == 1 ? index.search().suggest(request.text(), SUGGESTIONS) : List.of();
        SearchView view = SearchView.of(result, result.shownQuery(), blankToNull(ctx.queryParam("sort")), index.lists().topics(), suggestions);
        String title = request.page() > 1 ? view.heading() + "（第 " + request.page() + " 页）" : view.heading();
        boolean news = request.typeFilter().orElse(null) == DocType.NEWS && !request.hasText();
        Views.render(ctx, "pages/search", Layout.searchPage(title, news ? Layout.Nav.NEWS : Layout.Nav.SEARCH), view);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

package sunshine.app.pages;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.util.List;
import sunshine.app.web.Layout;
import sunshine.app.web.Views;
import sunshine.index.PortalIndex;
import sunshine.index.search.SearchRequest;
import sunshine.index.search.SearchResult;

/** {@code GET /}: the big search box, topics, quick links, the hotline and what is new. */
public final class HomePage implements Handler {
    private final PortalIndex index;

    public HomePage(PortalIndex index) {
        this.index = index;
    }

    @Override
    public void handle(Context ctx) throws IOException {
        HomeView view = new HomeView(index.lists().topics(), latest("news", 3), latest("policy", 5));
        Views.render(ctx, "pages/home", Layout.page("首页", Layout.Nav.HOME), view);
    }

    private List<SearchResult.Hit> latest(String type, int count) throws IOException {
        return index.search().search(SearchRequest.of("", type, null, null, "1", Integer.toString(count), "date")).hits();
    }
}

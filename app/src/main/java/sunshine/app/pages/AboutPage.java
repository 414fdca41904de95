package sunshine.app.pages;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import sunshine.app.web.Layout;
import sunshine.app.web.Views;
import sunshine.index.PortalIndex;
import sunshine.index.search.SearchRequest;

/** {@code GET /about}: what the portal is, who runs it, where its content comes from. */
public final class AboutPage implements Handler {
    private final PortalIndex index;

    public AboutPage(PortalIndex index) {
        this.index = index;
    }

    @Override
    public void handle(Context ctx) throws IOException {
        AboutView view = new AboutView(index.search().documentCount(), count("policy"), count("faq"), count("service"));
        Views.render(ctx, "pages/about", Layout.page("关于本站", Layout.Nav.NONE), view);
    }

    private long count(String type) throws IOException {
        return index.search().search(SearchRequest.of("", type, null, null, "1", "1", "date")).total();
    }
}

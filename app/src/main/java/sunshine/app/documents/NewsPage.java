package sunshine.app.documents;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import sunshine.app.web.Crumb;
import sunshine.app.web.DocumentLookup;
import sunshine.app.web.Layout;
import sunshine.app.web.Markdown;
import sunshine.app.web.Views;
import sunshine.index.content.NewsItem;

/** {@code GET /news/{id}}: the video with captions, a download link and the full transcript. */
public final class NewsPage implements Handler {
    private final DocumentLookup documents;
    private final Markdown markdown;

    public NewsPage(DocumentLookup documents, Markdown markdown) {
        this.documents = documents;
        this.markdown = markdown;
    }

    @Override
    public void handle(Context ctx) throws IOException {
        NewsItem n = documents.find(ctx.pathParam("id"), NewsItem.class);
        NewsView view = NewsView.of(n, markdown.toHtml(n.transcriptMarkdown(), 3));
        Views.render(ctx, "pages/news",
                Layout.detail(n.title(), Layout.Nav.NEWS, new Crumb("手语新闻", "/search?type=news")), view);
    }
}

package sunshine.app.documents;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import sunshine.app.web.Crumb;
import sunshine.app.web.DocumentLookup;
import sunshine.app.web.Layout;
import sunshine.app.web.Markdown;
import sunshine.app.web.Views;
import sunshine.index.content.Policy;

/** {@code GET /policy/{id}}: how to apply first, then the standard, legal basis and full text. */
public final class PolicyPage implements Handler {
    private final DocumentLookup documents;
    private final Markdown markdown;
    private final Clock clock;

    public PolicyPage(DocumentLookup documents, Markdown markdown, Clock clock) {
        this.documents = documents;
        this.markdown = markdown;
        this.clock = clock;
    }

    @Override
    public void handle(Context ctx) throws IOException {
        Policy p = documents.find(ctx.pathParam("id"), Policy.class);
        PolicyView view = new PolicyView(p, PolicyStatus.of(p, LocalDate.now(clock)), markdown.toHtml(p.bodyMarkdown(), 3));
        Views.render(ctx, "pages/policy",
                Layout.detail(p.title(), Layout.Nav.NONE, new Crumb("政策文件", "/search?type=policy")), view);
    }
}

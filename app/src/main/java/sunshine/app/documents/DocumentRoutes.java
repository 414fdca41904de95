package sunshine.app.documents;

import io.javalin.config.RoutesConfig;
import java.time.Clock;
import sunshine.app.web.DocumentLookup;
import sunshine.app.web.Markdown;
import sunshine.index.PortalIndex;

/** Detail pages of policies, questions, news and other files (the paths DocType.pagePath gives). */
public final class DocumentRoutes {
    private DocumentRoutes() {
    }

    public static void register(RoutesConfig routes, PortalIndex index, Clock clock) {
        DocumentLookup documents = new DocumentLookup(index);
        Markdown markdown = new Markdown();
        routes.get("/policy/{id}", new PolicyPage(documents, markdown, clock));
        routes.get("/faq/{id}", new FaqPage(index, documents, markdown));
        routes.get("/news/{id}", new NewsPage(documents, markdown));
        routes.get("/document/{id}", new PlainDocumentPage(documents));
    }
}

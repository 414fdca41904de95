package sunshine.app.documents;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import sunshine.app.web.Crumb;
import sunshine.app.web.DocumentLookup;
import sunshine.app.web.Layout;
import sunshine.app.web.Markdown;
import sunshine.app.web.Views;
import sunshine.index.PortalIndex;
import sunshine.index.content.Faq;
import sunshine.index.content.Policy;

/** {@code GET /faq/{id}}: the answer, where to get help and the related policies. */
public final class FaqPage implements Handler {
    private final PortalIndex index;
    private final DocumentLookup documents;
    private final Markdown markdown;

    public FaqPage(PortalIndex index, DocumentLookup documents, Markdown markdown) {
        this.index = index;
        this.documents = documents;
        this.markdown = markdown;
    }

    @Override
    public void handle(Context ctx) throws IOException {
        Faq faq = documents.find(ctx.pathParam("id"), Faq.class);
        FaqView view = new FaqView(faq, markdown.toHtml(faq.answerMarkdown(), 3), related(faq));
        Views.render(ctx, "pages/faq",
                Layout.detail(faq.question(), Layout.Nav.NONE, new Crumb("常见问题", "/search?type=faq")), view);
    }

    /** Only ids that name a policy in the index: a link to a missing page would be a dead end. */
    private List<Policy> related(Faq faq) throws IOException {
        List<Policy> out = new ArrayList<>();
        for (String id : faq.relatedPolicies()) {
            index.search().document(id).filter(Policy.class::isInstance).map(Policy.class::cast).ifPresent(out::add);
        }
        return List.copyOf(out);
    }
}

package sunshine.app.documents;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import sunshine.app.web.Crumb;
import sunshine.app.web.DocumentLookup;
import sunshine.app.web.Layout;
import sunshine.app.web.Views;
import sunshine.index.content.PlainDocument;

/** {@code GET /document/{id}}: a file from content/documents as readable paragraphs. */
public final class PlainDocumentPage implements Handler {
    private final DocumentLookup documents;

    public PlainDocumentPage(DocumentLookup documents) {
        this.documents = documents;
    }

    @Override
    public void handle(Context ctx) throws IOException {
        PlainDocument d = documents.find(ctx.pathParam("id"), PlainDocument.class);
        Views.render(ctx, "pages/document",
                Layout.detail(d.title(), Layout.Nav.NONE, new Crumb("其他文件", "/search?type=document")),
                PlainDocumentView.of(d));
    }
}

package sunshine.app.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import sunshine.index.PortalIndex;
import sunshine.index.content.ContentDocument;

/** {@code GET /api/documents/{id}}: one whole record with its type and page address. */
public final class DocumentApi implements Handler {
    private final PortalIndex index;

    public DocumentApi(PortalIndex index) {
        this.index = index;
    }

    /** The body: {@code document} is the full record (policy, FAQ, news item, service point or plain document). */
    public record DocumentResponse(String id, String type, String url, ContentDocument document) {
    }

    @Override
    public void handle(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        ContentDocument doc = index.search().document(id)
                .orElseThrow(() -> new NotFoundResponse("没有编号为 “" + id + "” 的资料。"));
        ApiJson.send(ctx, new DocumentResponse(doc.id(), doc.type().slug(), doc.type().pagePath(doc.id()), doc));
    }
}

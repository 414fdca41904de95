package sunshine.app.web;

import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import sunshine.index.PortalIndex;
import sunshine.index.content.ContentDocument;

/** Finds the document a detail page shows; an unknown id, or an id of another type, is a 404. */
public final class DocumentLookup {
    private final PortalIndex index;

    public DocumentLookup(PortalIndex index) {
        this.index = index;
    }

    public <T extends ContentDocument> T find(String id, Class<T> type) throws IOException {
        return index.search().document(id)
                .filter(type::isInstance)
                .map(type::cast)
                .orElseThrow(() -> new NotFoundResponse("没有找到这份资料（编号 " + id + "）。它可能已经移走，请用搜索查找。"));
    }
}

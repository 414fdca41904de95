package sunshine.app.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.util.List;
import sunshine.index.PortalIndex;
import sunshine.index.search.InvalidRequestException;
import sunshine.index.search.SearchRequest;
import sunshine.index.search.Suggestion;

/** {@code GET /api/suggest?q=}: titles, topics and 街镇 for what is being typed (prefix, word, pinyin, initials). */
public final class SuggestApi implements Handler {
    private static final int LIMIT = 8;

    private final PortalIndex index;

    public SuggestApi(PortalIndex index) {
        this.index = index;
    }

    /** The body: what was asked and the suggestions, best first. */
    public record Body(String q, List<Suggestion> suggestions) {
    }

    @Override
    public void handle(Context ctx) throws IOException {
        String q = ctx.queryParam("q");
        q = q == null ? "" : q.strip();
        if (q.codePointCount(0, q.length()) > SearchRequest.MAX_TEXT) {
            throw new InvalidRequestException("q", "输入太长了：最多 " + SearchRequest.MAX_TEXT + " 个字。");
        }
        ApiJson.send(ctx, new Body(q, index.search().suggest(q, LIMIT)));
    }
}

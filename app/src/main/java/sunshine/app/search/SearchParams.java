package sunshine.app.search;

import io.javalin.http.Context;
import sunshine.index.search.SearchRequest;

/**
 * The query string of a search page or API call, parsed once into a {@link SearchRequest}. The 街镇 filter is
 * called {@code district} in URLs (the index calls it street). Bad values throw the index's
 * InvalidRequestException, which the error mapping turns into a 400 naming the parameter.
 */
public final class SearchParams {
    private SearchParams() {
    }

    public static SearchRequest from(Context ctx) {
        return SearchRequest.of(ctx.queryParam("q"), ctx.queryParam("type"), ctx.queryParam("topic"),
                ctx.queryParam("district"), ctx.queryParam("page"), ctx.queryParam("size"), ctx.queryParam("sort"));
    }

    /** The sort as it is written in a URL: relevance, date or name. */
    public static String sortName(SearchRequest request) {
        return request.order().name().toLowerCase(java.util.Locale.ROOT);
    }
}

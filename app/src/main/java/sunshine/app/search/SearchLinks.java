package sunshine.app.search;

import sunshine.app.web.QueryString;
import sunshine.index.search.SearchRequest;

/**
 * Links from one search to a related one: another filter value, another page, or no filters. Changing a filter
 * goes back to page 1; the query, the other filters, an explicit sort and page size are kept.
 */
final class SearchLinks {
    private final SearchRequest request;
    private final String explicitSort;

    SearchLinks(SearchRequest request, String explicitSort) {
        this.request = request;
        this.explicitSort = explicitSort;
    }

    String type(String value) {
        return link(value, request.topic(), request.street(), 1);
    }

    String topic(String value) {
        return link(typeSlug(), value, request.street(), 1);
    }

    String district(String value) {
        return link(typeSlug(), request.topic(), value, 1);
    }

    String page(int page) {
        return link(typeSlug(), request.topic(), request.street(), page);
    }

    String clearFilters() {
        return link(null, null, null, 1);
    }

    private String typeSlug() {
        return request.typeFilter().map(t -> t.slug()).orElse(null);
    }

    private String link(String type, String topic, String district, int page) {
        return QueryString.to("/search")
                .with("q", request.text())
                .with("type", type)
                .with("topic", topic)
                .with("district", district)
                .with("sort", explicitSort)
                .with("size", request.size() == SearchRequest.DEFAULT_SIZE ? null : request.size())
                .with("page", page == 1 ? null : page)
                .build();
    }
}

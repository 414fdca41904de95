package sunshine.app.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sunshine.app.search.SearchParams;
import sunshine.index.search.NoResultHelp;
import sunshine.index.search.SearchRequest;
import sunshine.index.search.SearchResult;

/**
 * The body of {@code GET /api/search}; the mapper writes the names in snake_case (took_ms, total_pages …).
 * {@code districtServices}: service points of a 街镇 the query names; {@code help}: only when nothing was found.
 * {@code total} is a lower bound when {@code totalExact} is false (a search by relevance counts up to a thousand).
 */
public record SearchResponse(
        long total,
        boolean totalExact,
        double tookMs,
        int page,
        int size,
        int totalPages,
        List<SearchResult.Hit> hits,
        Map<String, List<SearchResult.FacetCount>> facets,
        Filters filters,
        List<String> understood,
        List<SearchResult.Hit> districtServices,
        NoResultHelp help) {

    /** The search as it was applied, so a client can show or repeat it. */
    public record Filters(String q, String type, String topic, String district, int page, int size, String sort) {
    }

    static SearchResponse of(SearchResult result) {
        SearchRequest r = result.request();
        Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
        facets.put("type", result.facets().getOrDefault("type", List.of()));
        facets.put("topic", result.facets().getOrDefault("topic", List.of()));
        facets.put("district", result.facets().getOrDefault("street", List.of()));
        Filters filters = new Filters(r.text(), r.typeFilter().map(t -> t.slug()).orElse(null), r.topic(), r.street(),
                r.page(), r.size(), SearchParams.sortName(r));
        return new SearchResponse(result.total(), result.totalExact(), Math.round(result.tookMs() * 100) / 100.0, r.page(), r.size(),
                result.totalPages(), result.hits(), facets, filters, result.understood(), result.streetServices(), result.help());
    }
}

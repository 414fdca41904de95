package sunshine.app.search;

import java.util.List;
import sunshine.index.search.NoResultHelp;
import sunshine.index.search.SearchRequest;
import sunshine.index.search.SearchResult;
import sunshine.index.search.Suggestion;

/**
 * The search page: the query as typed, the count sentence for the status region, the hits, the vocabulary terms
 * the query was read as, filter groups, page links; the service points of a 街镇 the query names; suggestions
 * (plain links, no script); and, for an empty result, what may have been meant, nearby topics and common questions.
 */
public record SearchView(
        String query,
        String heading,
        String status,
        long total,
        List<SearchResult.Hit> hits,
        List<String> understood,
        List<FacetGroup> facets,
        boolean filtered,
        String clearFilters,
        Pagination pagination,
        List<String> topics,
        List<SearchResult.Hit> streetServices,
        List<Suggestion> suggestions,
        NoResultHelp help) {

    /** {@code shownQuery} is the query as the page may repeat it (offensive words replaced by the respectful term, see SearchResult). */
    static SearchView of(SearchResult result, String shownQuery, String explicitSort, List<String> topics, List<Suggestion> suggestions) {
        SearchRequest r = result.request();
        SearchLinks links = new SearchLinks(r, explicitSort);
        boolean filtered = r.typeFilter().isPresent() || r.topic() != null || r.street() != null;
        int pages = Math.max(1, result.totalPages());
        return new SearchView(shownQuery, heading(r, shownQuery), status(r, shownQuery, result.total(), result.totalExact(), pages),
                result.total(), result.hits(), result.understood(), SearchFacets.of(result, links), filtered,
                links.clearFilters(), Pagination.of(r.page(), pages, links::page), topics, result.streetServices(),
                notAmong(suggestions, result.hits()), result.help());
    }

    /** Suggestions that are not already a hit on this page. */
    private static List<Suggestion> notAmong(List<Suggestion> suggestions, List<SearchResult.Hit> hits) {
        return suggestions.stream().filter(s -> hits.stream().noneMatch(h -> h.url().equals(s.url()))).toList();
    }

    private static String heading(SearchRequest r, String shown) {
        if (r.hasText()) {
            return "“" + shown + "”的搜索结果";
        }
        return r.typeFilter().map(t -> switch (t) {
            case FAQ -> "常见问题";
            case NEWS -> "手语新闻";
            default -> t.label();
        }).orElse(r.topic() != null ? "主题：" + r.topic() : "浏览全部资料");
    }

    private static String status(SearchRequest r, String shown, long total, boolean exact, int pages) {
        if (total == 0) {
            return r.hasText() ? "没有找到与“" + shown + "”有关的结果。" : "没有找到符合条件的结果。";
        }
        String count = exact ? " " + total + " 条" : "超过 " + total + " 条";
        String found = r.hasText() ? "找到" + count + "与“" + shown + "”有关的结果" : "共" + count;
        if (!exact) {
            return found + "，这是第 " + r.page() + " 页，最相关的排在前面。";
        }
        return pages > 1 ? found + "，这是第 " + r.page() + " 页，共 " + pages + " 页。" : found + "。";
    }
}

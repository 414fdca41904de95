package sunshine.index.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The answer to a search: one page of hits, the total, facet counts and what was applied. {@code understood} lists
 * the terms parts of the query were read as (瞎子 → 视力残疾, canjizheng → 残疾证); {@code shownQuery} is the query
 * to echo on a page, with offensive words replaced by the respectful term. {@code streetServices} lists the service
 * points of a 街镇 the query names; {@code help} is set only when nothing was found.
 */
public record SearchResult(
        SearchRequest request,
        long total,
        double tookMs,
        List<Hit> hits,
        Map<String, List<FacetCount>> facets,
        List<String> understood,
        String shownQuery,
        List<Hit> streetServices,
        NoResultHelp help) {

    /** One result. The snippet is a list of fragments; matched words are marked, never pre-rendered HTML. */
    public record Hit(String id, String type, String typeLabel, String title, String url, String summary,
                      List<Fragment> snippet, float score, LocalDate date, String street, boolean sample) {
    }

    /** A piece of snippet text; {@code match} is true for a word the query matched. */
    public record Fragment(String text, boolean match) {
    }

    public record FacetCount(String value, String label, long count) {
    }

    public int totalPages() {
        return (int) Math.min(SearchRequest.MAX_PAGE, (total + request.size() - 1) / request.size());
    }
}

package sunshine.index.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import sunshine.index.build.Fields;
import sunshine.index.content.DocType;

/**
 * The answer to a search: one page of hits, the total, facet counts and what was applied. {@code understood} lists
 * the terms parts of the query were read as (瞎子 → 视力残疾, canjizheng → 残疾证); {@code shownQuery} is the query
 * to echo on a page, with offensive words replaced by the respectful term. {@code streetServices} lists the service
 * points of a 街镇 the query names; {@code help} is set only when nothing was found. {@code total} is exact when
 * {@code totalExact}, else a lower bound (a search by relevance counts up to a thousand matches, see MatchCounter).
 */
public record SearchResult(
        SearchRequest request,
        long total,
        boolean totalExact,
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

    /** {@code exact} is false when there are more than {@code count} (counts stop at a thousand, see MatchCounter). */
    public record FacetCount(String value, String label, long count, boolean exact) {
        /** A count of {@code dim}'s {@code value}, labelled for people (a type slug becomes its name: policy → 政策文件). */
        static FacetCount of(String dim, String value, long count, boolean exact) {
            String label = dim.equals(Fields.FACET_TYPE) ? DocType.fromSlug(value).map(DocType::label).orElse(value) : value;
            return new FacetCount(value, label, count, exact);
        }
    }

    /** Pages of results; when the total is only a lower bound, one more page than it fills, so there is always a next page. */
    public int totalPages() {
        long pages = (total + request.size() - 1) / request.size() + (totalExact ? 0 : 1);
        return (int) Math.min(SearchRequest.MAX_PAGE, pages);
    }
}

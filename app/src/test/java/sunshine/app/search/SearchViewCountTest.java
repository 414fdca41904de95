package sunshine.app.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sunshine.index.search.SearchRequest;
import sunshine.index.search.SearchResult;

/** How a count that stopped at the cap reads on the page: "超过", a "+" on the filter, and always a next page. */
class SearchViewCountTest {
    private static SearchResult result(long total, boolean exact, long serviceCount, boolean serviceExact) {
        SearchRequest r = SearchRequest.of("阳光之家", null, null, null, null, "10", null);
        Map<String, List<SearchResult.FacetCount>> facets = Map.of(
                "type", List.of(new SearchResult.FacetCount("service", "服务机构", serviceCount, serviceExact),
                        new SearchResult.FacetCount("policy", "政策文件", 3, true)),
                "topic", List.of(), "street", List.of());
        return new SearchResult(r, total, exact, 1.0, List.of(), facets, List.of(), "阳光之家", List.of(), null);
    }

    @Test
    void aCappedTotalSaysMoreThanAndLeavesANextPage() {
        SearchView v = SearchView.of(result(1000, false, 1000, false), "阳光之家", null, List.of(), List.of());
        assertTrue(v.status().startsWith("找到超过 1000 条与“阳光之家”有关的结果"), v.status());
        assertNotNull(v.pagination().next(), "a lower bound always has a next page");
        List<FacetGroup.Link> types = v.facets().get(0).links();
        assertEquals("1000+", types.get(1).shownCount());
        assertEquals("3", types.get(2).shownCount());
    }

    @Test
    void anExactTotalReadsAsBefore() {
        SearchView v = SearchView.of(result(70, true, 60, true), "阳光之家", null, List.of(), List.of());
        assertEquals("找到 70 条与“阳光之家”有关的结果，这是第 1 页，共 7 页。", v.status());
        assertEquals("60", v.facets().get(0).links().get(1).shownCount());
    }
}

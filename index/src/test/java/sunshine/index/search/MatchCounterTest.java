package sunshine.index.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sunshine.index.PortalIndex;
import sunshine.index.content.ContentFixture;
import sunshine.index.content.Vocabulary;

/**
 * Totals and facet counts of searches by relevance: exact up to {@link MatchCounter#CAP}, flagged as a lower bound
 * beyond it, and the same as the sorted (exhaustive) path wherever they are exact.
 */
class MatchCounterTest {
    private static final int MANY = MatchCounter.CAP + 150;

    @TempDir
    static Path dir;
    static PortalIndex index;

    @BeforeAll
    static void build() throws Exception {
        ContentFixture f = new ContentFixture(dir.resolve("content"));
        f.write("policies/a.md", ContentFixture.policy("huli-butie", "重度残疾人护理补贴"));
        f.write("policies/b.md", ContentFixture.policy("ranyou-butie", "机动轮椅车燃油补贴"));
        f.write("policies/c.md", ContentFixture.policy("zheng", "残疾人证办理").replace("topics: [补贴]", "topics: [残疾人证]"));
        StringBuilder rows = new StringBuilder(ContentFixture.SERVICES_HEADER);
        for (int i = 0; i < MANY; i++) {
            rows.append(ContentFixture.serviceRow("svc-" + i, "阳光之家第" + i + "站", i % 10 == 0 ? "安亭镇" : "南翔镇"));
        }
        f.write("services/s.csv", rows.toString());
        index = new PortalIndex(f.root(), dir.resolve("index"), 2);
        index.open(PortalIndex.Progress.none());
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    private static SearchResult search(String q, String type, String street, String order) throws Exception {
        return index.search().search(SearchRequest.of(q, type, null, street, null, "10", order));
    }

    private static Map<String, SearchResult.FacetCount> byValue(List<SearchResult.FacetCount> counts) {
        return counts.stream().collect(Collectors.toMap(SearchResult.FacetCount::value, c -> c));
    }

    @Test
    void aCommonWordIsCountedUpToTheCapAndSaysSo() throws Exception {
        SearchResult r = search("阳光之家", null, null, null);
        assertEquals(MatchCounter.CAP, r.total());
        assertFalse(r.totalExact());
        SearchResult.FacetCount services = byValue(r.facets().get("type")).get("service");
        assertEquals(MatchCounter.CAP, services.count());
        assertFalse(services.exact());
        SearchResult.FacetCount anting = byValue(r.facets().get("street")).get("安亭镇");
        assertEquals((MANY + 9) / 10, anting.count(), "a value under the cap is counted exactly");
        assertTrue(anting.exact());
        assertTrue(r.totalPages() > MatchCounter.CAP / 10, "a lower bound always leaves a next page");
    }

    @Test
    void underTheCapCountsEqualTheSortedSearch() throws Exception {
        for (String street : new String[] {null, "安亭镇"}) {
            SearchResult ranked = search("补贴", null, street, null);
            SearchResult sorted = search("补贴", null, street, "date");
            assertTrue(ranked.totalExact());
            assertEquals(sorted.total(), ranked.total());
            assertEquals(sorted.facets(), ranked.facets(), "street " + street);
        }
        SearchResult anting = search("阳光之家", null, "安亭镇", null);
        assertTrue(anting.totalExact());
        assertEquals(search("阳光之家", null, "安亭镇", "name").total(), anting.total());
    }

    @Test
    void facetsAreCountedSidewaysWithTheCap() throws Exception {
        SearchResult policies = search("残疾人", "policy", null, null);
        assertTrue(policies.totalExact());
        assertEquals(3, policies.total());
        // The type filter does not hide the other types or their counts.
        assertEquals(3, byValue(policies.facets().get("type")).get("policy").count());
        SearchResult inAnting = search("阳光之家", "service", "安亭镇", null);
        Map<String, SearchResult.FacetCount> streets = byValue(inAnting.facets().get("street"));
        assertEquals((MANY + 9) / 10, streets.get("安亭镇").count());
        assertEquals(MatchCounter.CAP, streets.get("南翔镇").count(), "the street filter is not applied to street counts");
        assertFalse(streets.get("南翔镇").exact());
    }

    @Test
    void countsDoNotDependOnWhichValuesAreCountedApart() throws Exception {
        // With a low limit every street and the service type are "large" values, counted apart from the walk of the
        // matches (on the laws corpus only the articles' type is): the counts must be the same either way.
        try (LiveIndex live = new LiveIndex(index.store())) {
            live.withSearcher((searcher, handle) -> {
                FacetPostings walked = FacetPostings.of(searcher, handle);
                FacetPostings apart = FacetPostings.of(searcher, handle, 50);
                assertTrue(walked.large.isEmpty());
                assertTrue(apart.large.size() >= 3, "service type and both streets: " + apart.large);
                for (String q : new String[] {"阳光之家", "补贴", "阳光之家 第1"}) {
                    Query query = new QueryFactory().build(q, new Vocabulary(List.of())).query();
                    for (String[] filter : new String[][] {{null, null}, {"service", null}, {null, "安亭镇"}, {"service", "南翔镇"}}) {
                        SearchRequest request = SearchRequest.of(q, filter[0], null, filter[1], null, "10", null);
                        MatchCounter.Counted a = MatchCounter.count(searcher, walked, query, request);
                        MatchCounter.Counted b = MatchCounter.count(searcher, apart, query, request);
                        String what = q + " " + String.join("/", String.valueOf(filter[0]), String.valueOf(filter[1]));
                        assertEquals(a.total(), b.total(), what);
                        assertEquals(a.exact(), b.exact(), what);
                        assertEquals(a.facets(), b.facets(), what);
                    }
                }
                return null;
            });
        }
    }

    @Test
    void everyMatchIsListedOnceAcrossThePages() throws Exception {
        // More matches than SearchService ranks by the whole query at once: the first come from the candidates by
        // words, the rest in the whole query's order, and together they list every match exactly once.
        assertTrue(MANY > SearchService.RESCORED + SearchService.CANDIDATES);
        Set<String> seen = new HashSet<>();
        for (int page = 1; page <= (MANY + 49) / 50; page++) {
            SearchResult r = index.search().search(SearchRequest.of("阳光之家", null, null, null, String.valueOf(page), "50", null));
            r.hits().forEach(h -> assertTrue(seen.add(h.id()), "hit repeated across pages: " + h.id()));
        }
        for (int i = 0; i < MANY; i++) {
            assertTrue(seen.contains("svc-" + i), "never listed: svc-" + i);
        }
    }

    @Test
    void pagesBeyondTheCapStillListDistinctHits() throws Exception {
        // Pages 21 to 23 of 50 hold matches 1,001 to 1,150: past the counted thousand, none repeated or lost.
        Set<String> seen = new HashSet<>();
        for (int page = 21; page <= 23; page++) {
            SearchResult r = index.search().search(SearchRequest.of("阳光之家", null, null, null, String.valueOf(page), "50", null));
            assertEquals(50, r.hits().size(), "page " + page);
            r.hits().forEach(h -> assertTrue(seen.add(h.id()), "hit repeated across pages: " + h.id()));
        }
        assertEquals(150, seen.size());
        assertThrows(InvalidRequestException.class, () -> index.search().search(
                SearchRequest.of("阳光之家", null, null, null, "24", "50", null)), "page 24 would start past the last match");
    }
}

package sunshine.app.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import sunshine.index.search.SearchRequest;
import sunshine.index.search.SearchResult;

/** Turns the index's facet counts into link groups; a chosen value stays visible even when it counts 0. */
final class SearchFacets {
    private SearchFacets() {
    }

    static List<FacetGroup> of(SearchResult result, SearchLinks links) {
        SearchRequest r = result.request();
        Map<String, List<SearchResult.FacetCount>> f = result.facets();
        List<FacetGroup> groups = new ArrayList<>();
        add(groups, "类型", f.get("type"), r.typeFilter().map(t -> t.slug()).orElse(null),
                r.typeFilter().map(t -> t.label()).orElse(null), links::type);
        add(groups, "主题", f.get("topic"), r.topic(), r.topic(), links::topic);
        add(groups, "街镇", f.get("street"), r.street(), r.street(), links::district);
        return List.copyOf(groups);
    }

    private static void add(List<FacetGroup> groups, String heading, List<SearchResult.FacetCount> counts,
                            String selected, String selectedLabel, Function<String, String> href) {
        List<SearchResult.FacetCount> values = counts == null ? List.of() : counts;
        if (values.isEmpty() && selected == null) {
            return;
        }
        List<FacetGroup.Link> links = new ArrayList<>();
        links.add(new FacetGroup.Link("全部", -1, true, href.apply(null), selected == null));
        boolean seen = false;
        for (SearchResult.FacetCount c : values) {
            boolean current = c.value().equals(selected);
            seen |= current;
            links.add(new FacetGroup.Link(c.label(), c.count(), c.exact(), href.apply(c.value()), current));
        }
        if (selected != null && !seen) {
            links.add(new FacetGroup.Link(selectedLabel, 0, true, href.apply(selected), true));
        }
        groups.add(new FacetGroup(heading, List.copyOf(links)));
    }
}

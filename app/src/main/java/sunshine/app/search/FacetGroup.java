package sunshine.app.search;

import java.util.List;

/** One filter group beside the results (类型, 主题, 街镇): "全部" first, then each value with its count. */
public record FacetGroup(String heading, List<Link> links) {

    /**
     * A filter value as a link; {@code count} is -1 for "全部" and a lower bound when not {@code exact} (shown as
     * "1000+"); {@code current} marks the applied value.
     */
    public record Link(String label, long count, boolean exact, String href, boolean current) {
        public String shownCount() {
            return exact ? Long.toString(count) : count + "+";
        }
    }
}

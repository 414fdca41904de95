package sunshine.index.search;

import java.util.Optional;
import sunshine.index.content.DocType;

/**
 * A validated search: the text as typed, optional filters, and the page. Built once at the edge by
 * {@link #of}; past it nothing re-checks strings.
 */
public record SearchRequest(String text, DocType type, String topic, String street, int page, int size, Order order) {
    public static final int MAX_TEXT = 200;
    public static final int MAX_SIZE = 50;
    public static final int DEFAULT_SIZE = 10;
    /** Deep paging costs memory; nobody reads page 1,000 of results. */
    public static final int MAX_PAGE = 1000;

    public enum Order { RELEVANCE, DATE, NAME }

    /** Parses raw parameters (any may be null); throws {@link InvalidRequestException} naming the bad one. */
    public static SearchRequest of(String q, String type, String topic, String street, String page, String size, String order) {
        String text = q == null ? "" : q.strip();
        if (text.codePointCount(0, text.length()) > MAX_TEXT) {
            throw new InvalidRequestException("q", "搜索词太长了：最多 " + MAX_TEXT + " 个字，请缩短后再试。");
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')) {
            text = text.replaceAll("\\p{Cntrl}", " ").strip();
        }
        DocType t = null;
        if (blankToNull(type) != null) {
            t = DocType.fromSlug(type.strip()).orElseThrow(() -> new InvalidRequestException("type",
                    "不认识的类型 “" + type.strip() + "”。可选：policy（政策）、faq（问答）、news（手语新闻）、service（服务点）、document（其他文件）。"));
        }
        int p = number(page, "page", 1, MAX_PAGE, "页码 page 应是 1 到 " + MAX_PAGE + " 之间的整数。");
        int s = number(size, "size", DEFAULT_SIZE, MAX_SIZE, "每页条数 size 应是 1 到 " + MAX_SIZE + " 之间的整数。");
        Order o = parseOrder(order, text);
        return new SearchRequest(text, t, limit(blankToNull(topic), "topic"), limit(blankToNull(street), "district"), p, s, o);
    }

    public boolean hasText() { return !text.isEmpty(); }

    public Optional<DocType> typeFilter() { return Optional.ofNullable(type); }

    /** The filters as facet values by dimension (type slug, topic, 街镇), in that order; empty when none. */
    public java.util.Map<String, String> facetFilters() {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        typeFilter().ifPresent(t -> out.put(sunshine.index.build.Fields.FACET_TYPE, t.slug()));
        if (topic != null) {
            out.put(sunshine.index.build.Fields.FACET_TOPIC, topic);
        }
        if (street != null) {
            out.put(sunshine.index.build.Fields.FACET_STREET, street);
        }
        return out;
    }

    /** The same search on another page. */
    public SearchRequest withPage(int newPage) {
        return new SearchRequest(text, type, topic, street, newPage, size, order);
    }

    private static Order parseOrder(String order, String text) {
        String o = blankToNull(order);
        if (o == null) {
            return text.isEmpty() ? Order.DATE : Order.RELEVANCE;
        }
        return switch (o) {
            case "relevance" -> Order.RELEVANCE;
            case "date" -> Order.DATE;
            case "name" -> Order.NAME;
            default -> throw new InvalidRequestException("sort", "排序 sort 只能是 relevance（相关度）、date（日期）或 name（名称）。");
        };
    }

    private static int number(String raw, String name, int dflt, int max, String message) {
        String v = blankToNull(raw);
        if (v == null) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidRequestException(name, message);
    }

    private static String limit(String v, String name) {
        if (v != null && v.length() > 50) {
            throw new InvalidRequestException(name, "筛选条件 " + name + " 太长了。");
        }
        return v;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

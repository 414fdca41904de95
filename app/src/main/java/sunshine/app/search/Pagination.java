package sunshine.app.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Page links: 上一页, the first and last page, the pages around the current one with a gap (…) between, 下一页.
 * {@code previous}/{@code next} are null at the ends; an item with a null href is a gap.
 */
public record Pagination(int current, int total, String previous, String next, List<Item> items) {

    public record Item(int number, String href, boolean current) {
        public boolean gap() {
            return href == null;
        }
    }

    static Pagination of(int current, int total, IntFunction<String> href) {
        List<Item> items = new ArrayList<>();
        int last = 0;
        for (int p = 1; p <= total; p++) {
            if (p == 1 || p == total || Math.abs(p - current) <= 2) {
                if (last != 0 && p - last > 1) {
                    items.add(new Item(0, null, false));
                }
                items.add(new Item(p, href.apply(p), p == current));
                last = p;
            }
        }
        return new Pagination(current, total,
                current > 1 ? href.apply(current - 1) : null,
                current < total ? href.apply(current + 1) : null,
                List.copyOf(items));
    }

    public boolean needed() {
        return total > 1;
    }
}

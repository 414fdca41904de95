package sunshine.app.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class PaginationTest {
    @Test
    void showsEndsAndNeighboursWithGaps() {
        Pagination p = Pagination.of(6, 12, n -> "/p" + n);
        List<String> shown = p.items().stream().map(i -> i.gap() ? "…" : Integer.toString(i.number())).toList();
        assertEquals(List.of("1", "…", "4", "5", "6", "7", "8", "…", "12"), shown);
        assertEquals("/p5", p.previous());
        assertEquals("/p7", p.next());
    }

    @Test
    void onePageNeedsNoNavigation() {
        Pagination p = Pagination.of(1, 1, n -> "/p" + n);
        assertFalse(p.needed());
        assertNull(p.previous());
        assertNull(p.next());
    }
}

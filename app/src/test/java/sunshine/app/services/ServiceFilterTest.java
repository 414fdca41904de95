package sunshine.app.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import sunshine.index.content.ServicePoint;
import sunshine.index.search.InvalidRequestException;

class ServiceFilterTest {
    private static final List<String> STREETS = List.of("南翔镇", "江桥镇");

    @Test
    void matchesByEqualityOnEveryChosenField() {
        ServiceFilter f = ServiceFilter.of("南翔镇", "阳光之家", List.of("坡道"), STREETS);
        assertTrue(f.matches(point("南翔镇", "阳光之家", List.of("坡道", "电梯"))));
        assertFalse(f.matches(point("江桥镇", "阳光之家", List.of("坡道"))));
        assertFalse(f.matches(point("南翔镇", "康复机构", List.of("坡道"))));
        assertFalse(f.matches(point("南翔镇", "阳光之家", List.of("电梯"))));
    }

    @Test
    void emptyValuesMeanNoFilter() {
        ServiceFilter f = ServiceFilter.of("", " ", List.of(""), STREETS);
        assertFalse(f.active());
        assertTrue(f.matches(point("江桥镇", "康复机构", List.of())));
    }

    @Test
    void unknownValuesNameTheParameter() {
        assertEquals("district", assertThrows(InvalidRequestException.class,
                () -> ServiceFilter.of("火星", null, List.of(), STREETS)).parameter());
        assertEquals("type", assertThrows(InvalidRequestException.class,
                () -> ServiceFilter.of(null, "超市", List.of(), STREETS)).parameter());
        assertEquals("access", assertThrows(InvalidRequestException.class,
                () -> ServiceFilter.of(null, null, List.of("滑梯"), STREETS)).parameter());
    }

    private static ServicePoint point(String street, String type, List<String> access) {
        return new ServicePoint("svc-x", "某服务点", type, "某单位", street, "某路1号", "全天", List.of(), true,
                List.of("59107070"), "服务", access, List.of("普通话"), "开放", LocalDate.of(2025, 1, 1), null, null,
                true, "services/services.csv", 2);
    }
}

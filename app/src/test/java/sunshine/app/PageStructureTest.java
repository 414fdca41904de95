package sunshine.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import sunshine.index.content.DocType;

/** Every kind of page, with its expected status, passes the same frame and accessibility checks. */
class PageStructureTest {
    static Stream<Arguments> pages() throws IOException {
        TestPortal p = TestPortal.get();
        return Stream.of(
                Arguments.of("/", 200),
                Arguments.of("/search?q=%E6%AE%8B%E7%96%BE%E8%AF%81", 200),
                Arguments.of("/search?q=zzqqxx%E6%97%A0%E6%AD%A4%E8%AF%8D", 200),
                Arguments.of("/search?type=news", 200),
                Arguments.of("/search?size=abc", 400),
                Arguments.of("/no/such/page", 404),
                Arguments.of("/policy/no-such-policy", 404),
                Arguments.of(firstPath(p, DocType.POLICY), 200),
                Arguments.of(firstPath(p, DocType.FAQ), 200),
                Arguments.of(firstPath(p, DocType.NEWS), 200),
                Arguments.of(firstPath(p, DocType.SERVICE), 200),
                Arguments.of("/services", 200),
                Arguments.of("/services?district=%E5%8D%97%E7%BF%94%E9%95%87&access=%E5%9D%A1%E9%81%93", 200),
                Arguments.of("/about", 200),
                Arguments.of("/accessibility", 200));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void pageHasTheAccessibleFrame(String path, int status) {
        TestPortal.Page page = TestPortal.get().page(path);
        assertEquals(status, page.status(), path);
        PageChecks.assertAccessibleFrame(page);
    }

    static String firstPath(TestPortal p, DocType type) throws IOException {
        return type.pagePath(p.index.search().all(type).getFirst().id());
    }
}

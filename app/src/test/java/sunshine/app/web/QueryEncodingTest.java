package sunshine.app.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which raw query strings are percent-encoded UTF-8. */
class QueryEncodingTest {
    @Test
    void wellFormedQueriesPass() {
        for (String ok : new String[] {null, "", "q=%E6%AE%8B%E7%96%BE%E4%BA%BA%E8%AF%81", "q=残疾人证&page=2", "q=a+b&type=faq",
                "q=%F0%9F%98%80", "q=%e6%ae%8b", "q=100%25", "a=&b=="}) {
            assertTrue(QueryEncoding.problem(ok).isEmpty(), ok);
        }
    }

    @Test
    void brokenEncodingsAreFound() {
        for (String bad : new String[] {"q=%ZZ", "q=%", "q=abc%2", "q=%C3%28", "q=%FF%FE", "q=%E0%A4%A", "q=%ED%A0%80",
                "q=%u4E2D", "%=%&&==", "q=\uFFFD"}) {
            assertTrue(QueryEncoding.problem(bad).isPresent(), bad);
        }
    }
}

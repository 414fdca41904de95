package sunshine.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import sunshine.index.content.ContentDocument;
import sunshine.index.content.DocType;

/**
 * Every document in content renders (templates use strict variables, so a field a record lacks fails here) and
 * passes the page checks. New content is covered without a new test.
 */
class AllContentPagesTest {
    @TestFactory
    List<DynamicTest> everyDocumentPage() throws IOException {
        TestPortal portal = TestPortal.get();
        List<DynamicTest> tests = new ArrayList<>();
        for (DocType type : DocType.values()) {
            for (ContentDocument d : portal.index.search().all(type)) {
                String path = type.pagePath(d.id());
                tests.add(DynamicTest.dynamicTest(path, () -> {
                    TestPortal.Page page = portal.page(path);
                    assertEquals(200, page.status(), path);
                    PageChecks.assertAccessibleFrame(page);
                }));
            }
        }
        return tests;
    }
}

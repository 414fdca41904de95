package sunshine.index.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Page paths: a content id as it is, any other id escaped as one path segment. */
class DocTypeTest {
    @Test
    void pagePathsEscapeWhatAPathSegmentCannotHold() {
        assertEquals("/policy/huli-butie", DocType.POLICY.pagePath("huli-butie"));
        // a law article's id: the # would otherwise start a fragment and the page asked for would not exist
        assertEquals("/document/law-a%23%E7%AC%AC%E4%B8%89%E6%9D%A1", DocType.DOCUMENT.pagePath("law-a#第三条"));
        assertEquals("/document/a%20b%2Fc", DocType.DOCUMENT.pagePath("a b/c"));
    }
}

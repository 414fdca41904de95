package sunshine.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalPathTest {
    @ParameterizedTest
    @ValueSource(strings = {"/", "/policy/x", "/search?q=a&type=faq", "/news/x#transcript-h", "/search?q=%E6%AE%8B"})
    void pathsOnThisSiteStayAsTheyAre(String path) {
        assertEquals(Optional.of(path), LocalPath.of(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "policy/x", "//evil.example", "///evil.example", "/\\evil.example", "\\\\evil.example",
            "https://evil.example/", "javascript:alert(1)", "/a b", "/a\tb", "/a\r\nSet-Cookie: x=1", "/a\u0000", "/%zz"})
    void everythingElseIsRefused(String raw) {
        assertEquals(Optional.empty(), LocalPath.of(raw));
    }

    @Test
    void chineseIsPercentEncodedAndLengthIsBounded() {
        assertEquals(Optional.of("/search?q=%E6%AE%8B%E7%96%BE%E8%AF%81"), LocalPath.of("/search?q=残疾证"));
        assertEquals(Optional.empty(), LocalPath.of("/" + "a".repeat(LocalPath.MAX_LENGTH)));
        assertEquals(Optional.empty(), LocalPath.of(null));
    }
}

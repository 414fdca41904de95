package sunshine.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ReadingModesTest {
    @Test
    void cookieValuesAreReadLenientlyAndWrittenInOneOrder() {
        assertEquals("large+contrast", ReadingModes.fromCookie("contrast+large").cookieValue());
        assertEquals("large+contrast", ReadingModes.fromCookie("contrast large").cookieValue()); // + decoded as space
        assertEquals("simple", ReadingModes.fromCookie("simple+bogus+<b>").cookieValue());
        assertTrue(ReadingModes.fromCookie(null).isStandard());
        assertTrue(ReadingModes.fromCookie("large".repeat(20)).isStandard());
    }

    @Test
    void classesAndLabels() {
        ReadingModes modes = new ReadingModes(Set.of(ReadingMode.SIMPLE, ReadingMode.LARGE));
        assertEquals("mode-large mode-simple", modes.htmlClass());
        assertEquals("大字、简明", modes.label());
        assertEquals("标准", ReadingModes.STANDARD.label());
        assertEquals("", ReadingModes.STANDARD.htmlClass());
    }

    @Test
    void withAndWithout() {
        ReadingModes modes = ReadingModes.STANDARD.with(ReadingMode.CONTRAST).with(ReadingMode.LARGE);
        assertEquals("large+contrast", modes.cookieValue());
        assertEquals("contrast", modes.without(ReadingMode.LARGE).cookieValue());
        assertTrue(modes.without(ReadingMode.LARGE).without(ReadingMode.CONTRAST).isStandard());
    }

    @Test
    void togglesLinkToTheSwitchAndBack() {
        ReadingView view = new ReadingView(ReadingModes.fromCookie("large"), "/faq/x?a=1");
        assertEquals("关闭大字模式", view.toggles().getFirst().text());
        assertEquals("/mode?unset=large&back=%2Ffaq%2Fx%3Fa%3D1", view.toggles().getFirst().href());
        assertEquals("打开高对比模式", view.toggles().get(1).text());
        assertEquals("/mode?set=standard&back=%2Ffaq%2Fx%3Fa%3D1", view.standardHref());
        assertEquals(null, ReadingView.standard().standardHref());
    }
}

package sunshine.index.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class PinyinReadingTest {
    @Test
    void readsPolyphonesByWord() {
        assertEquals("zhongducanjiren", PinyinReading.full("重度残疾人"));
        assertEquals("cjrz", PinyinReading.initials("残疾人证"));
    }

    @Test
    void nonHanCharsHaveNoSyllable() {
        assertArrayEquals(new String[] {"can", null, "ji"}, PinyinReading.syllables("残a疾"));
        assertNull(PinyinReading.full("残a"));
    }

    @Test
    void splitsLettersIntoFewestSyllables() {
        assertEquals(List.of("can", "ji", "ren", "zheng"), PinyinReading.split("canjirenzheng"));
        assertEquals(List.of("xian"), PinyinReading.split("xian"));
        assertNull(PinyinReading.split("cjrz"));
        assertNull(PinyinReading.split("wcag"));
    }
}

package sunshine.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;

class ByteRangeTest {
    @Test
    void readsTheThreeForms() {
        assertEquals(new ByteRange(0, 99), part("bytes=0-99", 1000));
        assertEquals(new ByteRange(500, 999), part("bytes=500-", 1000));
        assertEquals(new ByteRange(900, 999), part("bytes=-100", 1000));
    }

    @Test
    void clampsTheEndToTheFile() {
        assertEquals(new ByteRange(10, 999), part("bytes=10-5000", 1000));
        assertEquals(new ByteRange(0, 999), part("bytes=-5000", 1000));
    }

    @Test
    void startPastTheEndIsUnsatisfiable() {
        assertInstanceOf(ByteRange.Unsatisfiable.class, ByteRange.parse("bytes=1000-", 1000));
    }

    @Test
    void anythingElseMeansTheWholeFile() {
        for (String h : new String[] {null, "", "bytes=", "bytes=-", "items=0-1", "bytes=0-1,5-9", "bytes=9-1", "bytes=99999999999999999999-"}) {
            assertInstanceOf(ByteRange.Whole.class, ByteRange.parse(h, 1000), String.valueOf(h));
        }
    }

    private static ByteRange part(String header, long size) {
        return assertInstanceOf(ByteRange.Part.class, ByteRange.parse(header, size)).range();
    }
}

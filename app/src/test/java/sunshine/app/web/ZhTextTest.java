package sunshine.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ZhTextTest {
    @Test
    void datesAsWritten() {
        assertEquals("2024年3月1日", ZhText.date(LocalDate.of(2024, 3, 1)));
    }

    @Test
    void durationsInWords() {
        assertEquals("1分12秒", ZhText.duration("PT1M12S"));
        assertEquals("2分", ZhText.duration("PT2M"));
        assertEquals("45秒", ZhText.duration("PT45S"));
        assertEquals("1小时5秒", ZhText.duration("PT1H5S"));
        assertEquals("", ZhText.duration(null));
        assertEquals("", ZhText.duration("soon"));
    }
}

package sunshine.index.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class WeeklyHoursTest {
    @Test
    void weekdaysWithALunchBreakAndSaturdayMorning() {
        var p = WeeklyHours.parse("周一至周五 08:30-11:30；周一至周五 13:30-16:30；周六 09:00-11:30");
        assertNull(p.error());
        assertEquals(11, p.slots().size());
        assertEquals(new OpeningSlot(DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(11, 30)), p.slots().get(10));
    }

    @Test
    void listedDaysAndAllDay() {
        assertEquals(3, WeeklyHours.parse("周一、周三、周五 13:30-16:30").slots().size());
        assertTrue(WeeklyHours.parse("全天").allDay());
    }

    @Test
    void nonsenseIsAnErrorInWords() {
        assertNotNull(WeeklyHours.parse("早上八点").error());
        assertNotNull(WeeklyHours.parse("周五至周一 08:00-09:00").error());
        assertNotNull(WeeklyHours.parse("周一 17:00-09:00").error());
    }
}

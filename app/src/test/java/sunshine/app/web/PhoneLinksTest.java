package sunshine.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PhoneLinksTest {
    @Test
    void shanghaiNumbersGetTheAreaCode() {
        assertEquals("tel:+86-21-59107070", PhoneLinks.href("59107070"));
        assertEquals("tel:021-59521036", PhoneLinks.href("021-59521036"));
        assertEquals("tel:13800000000", PhoneLinks.href("138 0000 0000"));
        assertEquals("tel:12345", PhoneLinks.href("12345"));
    }
}

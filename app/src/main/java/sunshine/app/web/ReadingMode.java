package sunshine.app.web;

import java.util.Optional;

/**
 * A reading mode a visitor can switch on: each one is a class on {@code <html>} ({@code mode-large} …) that the
 * stylesheet answers by redefining its custom properties, so no mode needs JavaScript or inline style.
 */
public enum ReadingMode {
    /** 大字: body text at 150%, headings a little less so long titles still fit a phone. */
    LARGE("large", "大字"),
    /** 高对比: white and yellow on black, every text pair at least 7:1 (WCAG AAA). */
    CONTRAST("contrast", "高对比"),
    /** 简明: what to do and whom to call first; full texts folded away, side panels and snippets hidden. */
    SIMPLE("simple", "简明");

    private final String key;
    private final String label;

    ReadingMode(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The name used in the cookie and in {@code /mode?set=…}. */
    public String key() {
        return key;
    }

    /** The name a visitor reads. */
    public String label() {
        return label;
    }

    public String cssClass() {
        return "mode-" + key;
    }

    public static Optional<ReadingMode> of(String key) {
        for (ReadingMode m : values()) {
            if (m.key.equals(key)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}

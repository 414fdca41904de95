package sunshine.app.match;

/**
 * Whom the answers are about: the person asking (您) or a family member (您的家人). The matcher words its reasons to
 * 您; for a family member the app rewrites them, so the index needs no second set of phrases.
 */
public enum Addressee {
    SELF("self", "您"),
    FAMILY("family", "您的家人");

    private final String key;
    private final String who;

    Addressee(String key, String who) {
        this.key = key;
        this.who = who;
    }

    /** The value in forms and the API: self or family. */
    public String key() { return key; }

    /** 您 / 您的家人, for headings and hints. */
    public String who() { return who; }

    /** 您的 / 您家人的. */
    public String whose() {
        return this == SELF ? "您的" : "您家人的";
    }

    public boolean family() {
        return this == FAMILY;
    }

    /** self, family, or empty for the default (self); null when the value is none of these. */
    public static Addressee of(String value) {
        if (value == null || value.isBlank()) {
            return SELF;
        }
        for (Addressee a : values()) {
            if (a.key.equals(value.strip())) {
                return a;
            }
        }
        return null;
    }

    /** 您的户籍为本市 → 您家人的户籍为本市; 还不知道您是否独居 → 还不知道您的家人是否独居. */
    public String say(String text) {
        if (this == SELF || text == null) {
            return text;
        }
        return text.replace("您的", "\u0000").replace("您", "您的家人").replace("\u0000", "您家人的");
    }
}

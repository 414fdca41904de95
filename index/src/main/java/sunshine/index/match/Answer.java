package sunshine.index.match;

/** The answer for one policy: 符合 (every condition met), 可能符合 (nothing fails, facts missing), 不符合. */
public enum Answer {
    MET("符合"),
    MAYBE("可能符合"),
    NOT_MET("不符合");

    private final String label;

    Answer(String label) {
        this.label = label;
    }

    public String label() { return label; }

    static Answer of(Verdict v) {
        return switch (v) {
            case MET -> MET;
            case UNKNOWN -> MAYBE;
            case FAILED -> NOT_MET;
        };
    }

    /** The answer written as in a test case's {@code expect}, or null. */
    public static Answer fromLabel(String label) {
        for (Answer a : values()) {
            if (a.label.equals(label)) {
                return a;
            }
        }
        return null;
    }
}

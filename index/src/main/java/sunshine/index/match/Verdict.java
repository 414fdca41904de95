package sunshine.index.match;

/** The three-valued result of one condition: met, failed, or unknown because a fact is missing. */
public enum Verdict {
    MET("符合"),
    FAILED("不符合"),
    UNKNOWN("还不知道");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    /** In words, so a page never has to show a symbol alone. */
    public String label() { return label; }

    Verdict not() {
        return switch (this) {
            case MET -> FAILED;
            case FAILED -> MET;
            case UNKNOWN -> UNKNOWN;
        };
    }
}

package sunshine.index.match;

/** Another offered policy this one cannot be combined with; {@code text} is 与《X》不能同时享受. */
public record Conflict(String policyId, String title, String text) {
}

package sunshine.app.web;

/** One step of a breadcrumb trail; the last step (the page itself) has no link. */
public record Crumb(String label, String href) {
}

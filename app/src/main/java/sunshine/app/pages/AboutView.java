package sunshine.app.pages;

/** The about page: how much the portal holds right now, counted from the index. */
public record AboutView(int documents, long policies, long questions, long services) {
}

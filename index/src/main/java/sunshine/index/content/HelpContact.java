package sunshine.index.content;

/** Where a resident gets help with a question. */
public record HelpContact(String name, String phone, String address, String hours) {
}

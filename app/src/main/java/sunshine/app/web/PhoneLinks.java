package sunshine.app.web;

/** Turns a phone number as a clerk writes it into a {@code tel:} link that works from any phone. */
public final class PhoneLinks {
    private PhoneLinks() {
    }

    /**
     * {@code 59107070} → {@code tel:+86-21-59107070} (an 8-digit Shanghai number, dialled from a mobile or from
     * outside the city, needs the area code); {@code 021-59521036} → {@code tel:021-59521036}; mobile numbers as is.
     */
    public static String href(String phone) {
        String p = phone.replaceAll("[\\s（）()]", "");
        String digits = p.replaceAll("[^0-9+]", "");
        if (digits.matches("[1-9][0-9]{7}")) {
            return "tel:+86-21-" + digits;
        }
        return "tel:" + p.replaceAll("[^0-9+\\-]", "");
    }
}

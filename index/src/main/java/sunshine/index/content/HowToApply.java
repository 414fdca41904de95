package sunshine.index.content;

import java.util.List;

/** How and where to apply for a policy. */
public record HowToApply(String where, List<String> channels, List<String> materials, String contact, String online) {
    public HowToApply {
        channels = List.copyOf(channels);
        materials = List.copyOf(materials);
    }
}

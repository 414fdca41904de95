package sunshine.index.content;

import java.util.List;
import java.util.Objects;

/**
 * Where the portal's residents live ({@code area.yml}: 上海市, 嘉定区), and so which documents apply to them: those of
 * the nation (no region) and of these places. A regulation of another province still applies to nobody here, so
 * search ranks it after the ones that do (see {@code sunshine.index.build.Prior}) instead of dropping it.
 */
public record Jurisdiction(List<String> areas) {
    /** Every document applies (no {@code area.yml}). */
    public static final Jurisdiction EVERYWHERE = new Jurisdiction(List.of());

    public Jurisdiction {
        areas = areas.stream().map(Jurisdiction::place).filter(s -> !s.isEmpty()).toList();
    }

    /** Whether a document of {@code region} (null or blank: national, or not stated) applies to residents here. */
    public boolean covers(String region) {
        if (areas.isEmpty() || region == null || region.isBlank()) {
            return true;
        }
        String place = place(region);
        return place.isEmpty() || place.equals("全国") || areas.contains(place);
    }

    /** A place's name without its administrative suffix: 上海市 and 上海, 山东省 and 山东 are one place. */
    static String place(String name) {
        String s = Objects.requireNonNull(name).strip();
        for (String suffix : List.of("特别行政区", "自治区", "省", "市")) {
            if (s.length() > suffix.length() + 1 && s.endsWith(suffix)) {
                return s.substring(0, s.length() - suffix.length());
            }
        }
        return s;
    }
}

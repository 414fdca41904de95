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

    /** China's provinces, autonomous regions, municipalities and special administrative regions, by their short names. */
    static final List<String> PROVINCES = List.of("北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏",
            "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海",
            "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门");

    /** A region's province as a small number for the index: 1 + its place in {@link #PROVINCES}, 0 for none. */
    public static int provinceCode(String region) {
        return region == null ? 0 : PROVINCES.indexOf(place(region)) + 1;
    }

    /**
     * The provinces {@code text} names that this area does not cover (山东省的规定, 我在河南), as bits
     * {@code 1L << provinceCode}; 0 for none. The person asks about that place's rules: its documents should not
     * rank after the rest.
     */
    public long namedElsewhere(String text) {
        long named = 0;
        if (areas.isEmpty() || text == null) {
            return named;
        }
        // Left to right, each name where it starts: 上海南翔 holds 上海, not 海南; 浙江西部 holds 浙江, not 江西.
        for (int i = 0; i < text.length(); i++) {
            for (int k = 0; k < PROVINCES.size(); k++) {
                String p = PROVINCES.get(k);
                if (text.startsWith(p, i)) {
                    if (!covers(p)) {
                        named |= 1L << (k + 1);
                    }
                    i += p.length() - 1;
                    break;
                }
            }
        }
        return named;
    }

    /** Whether the province of {@code provinceCode} is among the {@code named} ones ({@link #namedElsewhere}). */
    public static boolean lifts(long named, long provinceCode) {
        return provinceCode > 0 && provinceCode < Long.SIZE && (named & (1L << provinceCode)) != 0;
    }

    /** For the index's commit data: the areas, one per line. */
    public String toCommitData() {
        return String.join("\n", areas);
    }

    /** Read back from {@link #toCommitData}; null or empty (an index built before areas, or without one): everywhere. */
    public static Jurisdiction fromCommitData(String data) {
        return data == null || data.isBlank() ? EVERYWHERE : new Jurisdiction(List.of(data.split("\n")));
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

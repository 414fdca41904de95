package sunshine.app.web;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The portal's template vocabulary: the {@code site} facts, and filters for Chinese dates ({@code zhdate}), phone
 * links ({@code tel}) and links typed into content ({@code safeurl}).
 */
final class PortalExtension extends AbstractExtension {
    private final Site site;

    PortalExtension(Site site) {
        this.site = site;
    }

    @Override
    public Map<String, Object> getGlobalVariables() {
        return Map.of("site", site);
    }

    @Override
    public Map<String, Filter> getFilters() {
        return Map.of(
                "zhdate", simple(v -> v instanceof LocalDate d ? ZhText.date(d) : ""),
                "tel", simple(v -> v == null ? "" : PhoneLinks.href(v.toString())),
                "safeurl", simple(v -> v == null ? "#" : safeUrl(v.toString())));
    }

    /** Content links are typed by clerks: only web addresses and site paths become links, never javascript: etc. */
    static String safeUrl(String url) {
        String u = url.strip();
        boolean ok = u.startsWith("https://") || u.startsWith("http://") || (u.startsWith("/") && !u.startsWith("//"));
        return ok ? u : "#";
    }

    private static Filter simple(java.util.function.Function<Object, String> f) {
        return new Filter() {
            @Override
            public List<String> getArgumentNames() {
                return List.of();
            }

            @Override
            public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext ctx, int line) {
                return f.apply(input);
            }
        };
    }
}

package sunshine.app.services;

import java.util.List;
import java.util.function.Function;
import sunshine.index.content.ServicePoint;
import sunshine.index.hours.OpeningState;
import sunshine.index.search.InvalidRequestException;

/**
 * The filters of {@code GET /api/services}: the directory page's (街镇, type, accessibility) plus a service
 * language (e.g. 手语) and "open now". Values are checked here, once, so a typo is a 400 that lists what is allowed.
 */
public record ServiceQuery(ServiceFilter place, String language, boolean openNow) {

    public static ServiceQuery of(ServiceFilter place, String language, String openNow, List<String> languages) {
        String lang = language == null || language.isBlank() ? null : language.strip();
        if (lang != null && !languages.contains(lang)) {
            throw new InvalidRequestException("language", "不认识的服务语言 “" + lang + "”。可选：" + String.join("、", languages) + "。");
        }
        String open = openNow == null ? "" : openNow.strip();
        if (!open.isEmpty() && !open.equals("true") && !open.equals("false")) {
            throw new InvalidRequestException("open_now", "open_now 只能是 true 或 false。");
        }
        return new ServiceQuery(place, lang, open.equals("true"));
    }

    /** The points that pass every filter; {@code opening} gives a point's state now. */
    public List<ServicePoint> apply(List<ServicePoint> points, Function<ServicePoint, OpeningState> opening) {
        return place.apply(points).stream()
                .filter(p -> language == null || p.languages().contains(language))
                .filter(p -> !openNow || opening.apply(p).openNow())
                .toList();
    }

    /** Every language some point offers, in first-seen order (普通话, 上海话, 手语 …). */
    public static List<String> languagesOf(List<ServicePoint> points) {
        return points.stream().flatMap(p -> p.languages().stream()).distinct().toList();
    }
}

package sunshine.app.jsonld;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import sunshine.app.documents.FaqView;
import sunshine.app.documents.NewsView;
import sunshine.app.documents.PolicyView;
import sunshine.app.feeds.FeedLinks;
import sunshine.app.services.ServiceView;
import sunshine.app.web.Layout;
import sunshine.app.web.Site;
import sunshine.index.content.OpeningCalendar;

/**
 * What the page frame puts in {@code <head>} for machines: {@code jsonLd(page, layout)} writes the page's schema.org
 * data (by the type of its view) and its BreadcrumbList; {@code feedLinks(page)} the Atom feeds that fit the page.
 * Templates stay unchanged: the frame calls both once.
 */
public final class HeadExtension extends AbstractExtension {
    private final SchemaOrg schema;
    private final java.util.function.Supplier<OpeningCalendar> calendar;

    public HeadExtension(URI base, java.util.function.Supplier<OpeningCalendar> calendar) {
        this.schema = new SchemaOrg(base);
        this.calendar = calendar;
    }

    @Override
    public Map<String, Function> getFunctions() {
        return Map.of(
                "jsonLd", function(List.of("page", "layout"), (args, ctx) -> JsonLdScript.render(things(args.get("page"), (Layout) args.get("layout")))),
                "feedLinks", function(List.of("page"), (args, ctx) -> FeedLinks.render(args.get("page"))));
    }

    List<ObjectNode> things(Object page, Layout layout) {
        List<ObjectNode> out = new ArrayList<>();
        String owner = Site.JIADING.owner();
        switch (page) {
            case PolicyView v -> out.add(schema.policy(v.policy(), owner));
            case FaqView v -> out.add(schema.faq(v.faq()));
            case NewsView v -> out.add(schema.news(v.news(), owner));
            case ServiceView v -> out.add(ServicePointLd.of(schema, v.point(), calendar.get().exceptionsOf(v.point().id())));
            case null, default -> { }
        }
        if (layout != null) {
            out.add(schema.breadcrumbs(layout.breadcrumbs(), layout.title(), layout.nav() == Layout.Nav.HOME));
        }
        return out;
    }

    private static Function function(List<String> names, BiFunction<Map<String, Object>, EvaluationContext, Object> body) {
        return new Function() {
            @Override
            public List<String> getArgumentNames() {
                return names;
            }

            @Override
            public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext ctx, int line) {
                return body.apply(args, ctx);
            }
        };
    }
}

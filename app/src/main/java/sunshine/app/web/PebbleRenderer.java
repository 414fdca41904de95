package sunshine.app.web;

import io.javalin.http.Context;
import io.javalin.rendering.FileRenderer;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import sunshine.app.WebOptions;
import sunshine.app.jsonld.HeadExtension;
import sunshine.index.content.OpeningCalendar;

/**
 * Pebble behind Javalin's {@link FileRenderer} (javalin-rendering is not used: this is all it would do).
 * Autoescaping is on, so every value is HTML-escaped unless a view hands over vetted HTML; strict variables make
 * a template that reads a missing value fail loudly instead of printing nothing.
 */
public final class PebbleRenderer implements FileRenderer {
    private final PebbleEngine engine;

    public PebbleRenderer(boolean cacheTemplates) {
        this(cacheTemplates, new HeadExtension(WebOptions.DEFAULT_BASE_URL, () -> OpeningCalendar.EMPTY));
    }

    /** {@code head} writes what the frame puts in {@code <head>} for machines (JSON-LD, feed links). */
    public PebbleRenderer(boolean cacheTemplates, HeadExtension head) {
        ClasspathLoader loader = new ClasspathLoader(PebbleRenderer.class.getClassLoader());
        loader.setPrefix("templates");
        loader.setSuffix(".peb");
        loader.setCharset("UTF-8");
        this.engine = new PebbleEngine.Builder()
                .loader(loader)
                .autoEscaping(true)
                .strictVariables(true)
                .newLineTrimming(true)
                .cacheActive(cacheTemplates)
                .defaultLocale(Locale.SIMPLIFIED_CHINESE)
                .extension(new PortalExtension(Site.JIADING))
                .extension(head)
                .build();
    }

    /** Every page also gets {@code reading}, the visitor's reading modes, which the frame and some pages use. */
    @Override
    public String render(String template, Map<String, ?> model, Context ctx) {
        return render(template, withReading(model, ReadingView.of(ctx)));
    }

    /** Renders without a request (used by tests and the error page fallback): the standard reading mode. */
    public String render(String template, Map<String, ?> model) {
        StringWriter out = new StringWriter();
        try {
            engine.getTemplate(template).evaluate(out, withReading(model, ReadingView.standard()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static Map<String, Object> withReading(Map<String, ?> model, ReadingView reading) {
        Map<String, Object> all = new HashMap<>(model);
        all.putIfAbsent("reading", reading);
        return all;
    }
}

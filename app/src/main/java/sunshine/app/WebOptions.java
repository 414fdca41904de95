package sunshine.app;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;

/**
 * What the web app needs besides the index.
 *
 * @param mediaDir       the sign-language videos and captions ({@code content/news/media}), served at {@code /media/}
 * @param clock          "today" for a policy's status line; the district's time zone, not the server's
 * @param cacheTemplates false while editing templates, so a reload shows the change
 * @param baseUrl        the public address of the portal, for absolute links in feeds, the sitemap, JSON-LD and HSDS
 *                       (a server behind a proxy cannot know it from the request)
 */
public record WebOptions(Path mediaDir, Clock clock, boolean cacheTemplates, URI baseUrl) {
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    public static final URI DEFAULT_BASE_URL = URI.create("http://127.0.0.1:7070");

    public WebOptions {
        String s = baseUrl.toString();
        baseUrl = URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s); // joined with paths that start with /
    }

    public WebOptions(Path mediaDir, Clock clock, boolean cacheTemplates) {
        this(mediaDir, clock, cacheTemplates, DEFAULT_BASE_URL);
    }

    /** The usual options for a content folder. */
    public static WebOptions forContent(Path contentRoot) {
        return new WebOptions(contentRoot.resolve("news").resolve("media"), Clock.system(SHANGHAI), true);
    }

    /** The same options with another public address. */
    public WebOptions withBaseUrl(URI url) {
        return new WebOptions(mediaDir, clock, cacheTemplates, url);
    }
}

package sunshine.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;

/**
 * What the web app needs besides the index.
 *
 * @param mediaDir       the sign-language videos and captions ({@code content/news/media}), served at {@code /media/}
 * @param clock          "today" for a policy's status line; the district's time zone, not the server's
 * @param cacheTemplates false while editing templates, so a reload shows the change
 */
public record WebOptions(Path mediaDir, Clock clock, boolean cacheTemplates) {
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** The usual options for a content folder. */
    public static WebOptions forContent(Path contentRoot) {
        return new WebOptions(contentRoot.resolve("news").resolve("media"), Clock.system(SHANGHAI), true);
    }
}

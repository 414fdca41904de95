package sunshine.app.documents;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.Locale;
import sunshine.app.web.ZhText;
import sunshine.index.content.NewsItem;

/**
 * A sign-language news page: where the video and captions are served from, the video's MIME type (null when the
 * extension is unknown), the duration in words and the transcript as vetted HTML.
 */
public record NewsView(NewsItem news, String videoUrl, String videoType, String captionsUrl, String duration,
                       SafeString transcript) {

    static NewsView of(NewsItem n, SafeString transcript) {
        return new NewsView(n, url(n.video()), type(n.video()), url(n.captions()), ZhText.duration(n.duration()), transcript);
    }

    /** {@code media/x.webm} (a file under news/) is served at {@code /media/x.webm}; an https URL stays as is. */
    static String url(String ref) {
        if (ref == null) {
            return null;
        }
        return ref.startsWith("media/") ? "/" + ref : ref;
    }

    private static String type(String ref) {
        if (ref == null) {
            return null;
        }
        String path = ref.replaceAll("[?#].*$", "").toLowerCase(Locale.ROOT);
        if (path.endsWith(".webm")) {
            return "video/webm";
        }
        return path.endsWith(".mp4") ? "video/mp4" : null;
    }

    /** The format named in the download link, e.g. WebM. */
    public String format() {
        return "video/webm".equals(videoType) ? "WebM" : "video/mp4".equals(videoType) ? "MP4" : "视频";
    }
}

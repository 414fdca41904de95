package sunshine.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import sunshine.index.content.DocType;
import sunshine.index.content.NewsItem;

/** A sign-language news page: captioned video without autoplay, a download link, the transcript; media served. */
class NewsPageTest {
    private final TestPortal portal = TestPortal.get();

    @Test
    void videoHasControlsCaptionsAndNoAutoplay() throws IOException {
        NewsItem news = localVideoNews();
        Document doc = portal.page("/news/" + news.id()).doc();
        Element video = doc.selectFirst("video");
        assertNotNull(video);
        assertTrue(video.hasAttr("controls"));
        assertFalse(video.hasAttr("autoplay"));
        assertEquals("metadata", video.attr("preload"));
        assertEquals("/" + news.video(), video.selectFirst("source").attr("src"));
        Element track = video.selectFirst("track[kind=captions][srclang=zh]");
        assertNotNull(track);
        assertFalse(track.attr("label").isBlank());
        assertNotNull(doc.selectFirst("a[download][href=/" + news.video() + "]"), "download link");
        assertTrue(doc.text().contains(news.signer()), "what the signer covers");
    }

    @Test
    void captionsAreServedAsWebVtt() throws IOException {
        Document doc = portal.page("/news/" + localVideoNews().id()).doc();
        String src = doc.selectFirst("track").attr("src");
        HttpResponse<String> vtt = portal.get(src);
        assertEquals(200, vtt.statusCode());
        assertTrue(vtt.headers().firstValue("Content-Type").orElse("").startsWith("text/vtt"));
        assertTrue(vtt.body().startsWith("WEBVTT"), "WebVTT signature");
    }

    @Test
    void theTranscriptIsOnThePage() throws IOException {
        NewsItem news = localVideoNews();
        Document doc = portal.page("/news/" + news.id()).doc();
        assertTrue(doc.select("main h2").eachText().contains("文字稿"));
        String firstLine = news.transcriptText().lines().filter(l -> !l.isBlank()).findFirst().orElseThrow().strip();
        assertTrue(doc.selectFirst(".transcript").text().contains(firstLine));
    }

    @Test
    void videoIsServedWholeOrInRanges() throws IOException {
        String src = "/" + localVideoNews().video();
        HttpResponse<byte[]> whole = portal.getBytes(src);
        assertEquals(200, whole.statusCode());
        assertEquals("bytes", whole.headers().firstValue("Accept-Ranges").orElse(""));
        HttpResponse<byte[]> part = portal.getBytes(src, "Range", "bytes=0-99");
        assertEquals(206, part.statusCode());
        assertEquals(100, part.body().length);
        assertEquals("bytes 0-99/" + whole.body().length, part.headers().firstValue("Content-Range").orElse(""));
        HttpResponse<byte[]> beyond = portal.getBytes(src, "Range", "bytes=" + whole.body().length + "-");
        assertEquals(416, beyond.statusCode());
    }

    @Test
    void mediaOutsideTheFolderIsNotServed() {
        assertEquals(404, portal.get("/media/..%2F..%2Fpolicies%2Fjiaotong-butie.md").statusCode());
        assertEquals(404, portal.get("/media/no-such-video.webm").statusCode());
        String body = new String(portal.getBytes("/media/notes.txt").body(), StandardCharsets.UTF_8);
        assertFalse(body.contains("Exception"));
    }

    private NewsItem localVideoNews() throws IOException {
        return portal.index.search().all(DocType.NEWS).stream().map(NewsItem.class::cast)
                .filter(n -> n.video().startsWith("media/") && n.captions().startsWith("media/"))
                .findFirst().orElseThrow(() -> new AssertionError("content has no news item with a local video"));
    }
}

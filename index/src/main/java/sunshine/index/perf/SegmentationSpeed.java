package sunshine.index.perf;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import java.util.List;
import sunshine.index.analysis.PortalDictionary;
import sunshine.index.content.ContentDocument;

/**
 * The yardstick for indexing speed: HanLP alone segmenting the text the index analyses (title, summary, body) on
 * one thread, with no Lucene, configured as the portal's tokenizer configures it (portal dictionary, no name
 * recognition, no normalization).
 */
public final class SegmentationSpeed {
    /** Characters segmented, words produced and the time it took. */
    public record Result(long characters, long words, long nanos) {
        public double charactersPerSecond() {
            return nanos == 0 ? 0 : characters * 1e9 / nanos;
        }
    }

    private SegmentationSpeed() {
    }

    public static Result measure(List<? extends ContentDocument> docs) {
        Segment segment = HanLP.newSegment()
                .enableOffset(true)
                .enableNormalization(false)
                .enableNameRecognize(false)
                .enableTranslatedNameRecognize(false)
                .enableCustomDictionary(PortalDictionary.get().hanlpDictionary());
        long chars = 0;
        long words = 0;
        long start = System.nanoTime();
        for (ContentDocument d : docs) {
            for (String text : Texts.analysed(d)) {
                chars += text.length();
                words += segment.seg(text.toCharArray()).size();
            }
        }
        return new Result(chars, words, System.nanoTime() - start);
    }
}

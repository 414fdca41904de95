package sunshine.index.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The lean scorer ranks passages exactly as Lucene's own does. */
class LeanPassageScorerTest {
    @Test
    void scoresEqualLucenesPassageScorer() {
        Random random = new Random(7);
        PassageScorer lucene = new PassageScorer();
        PassageScorer lean = new LeanPassageScorer();
        String[] words = {"残疾人", "补贴", "护理", "申请", "条件"};
        for (int round = 0; round < 2_000; round++) {
            Passage p = new Passage();
            int start = random.nextInt(5_000);
            int length = 10 + random.nextInt(200);
            p.setStartOffset(start);
            p.setEndOffset(start + length);
            int matches = random.nextInt(12); // none, one, and many with repeats
            for (int m = 0; m < matches; m++) {
                int at = start + random.nextInt(length - 4);
                // a term's frequency in the document is the same wherever it matches
                int w = random.nextInt(words.length);
                p.addMatch(at, at + 3, new BytesRef(words[w]), 1 + w * 3);
            }
            int contentLength = start + length + random.nextInt(10_000);
            assertEquals(lucene.score(p, contentLength), lean.score(p, contentLength), 0f, "round " + round);
        }
    }
}

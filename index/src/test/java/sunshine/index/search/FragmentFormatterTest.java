package sunshine.index.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** Passages become text and marked fragments; words next to each other share one mark. */
class FragmentFormatterTest {
    private static Passage passage(int start, int end, int[]... matches) {
        Passage p = new Passage();
        p.setStartOffset(start);
        p.setEndOffset(end);
        for (int[] m : matches) {
            p.addMatch(m[0], m[1], new BytesRef("t"), 1);
        }
        return p;
    }

    @SuppressWarnings("unchecked")
    private static List<SearchResult.Fragment> format(String content, Passage... passages) {
        return (List<SearchResult.Fragment>) new Snippets.FragmentFormatter().format(passages, content);
    }

    @Test
    void adjacentWordsAreOneMark() {
        String content = "申请燃油补贴需要残疾人证。";
        List<SearchResult.Fragment> f = format(content, passage(0, content.length(), new int[] {2, 4}, new int[] {4, 6}, new int[] {8, 12}));
        assertEquals(List.of(
                new SearchResult.Fragment("申请", false),
                new SearchResult.Fragment("燃油补贴", true),
                new SearchResult.Fragment("需要", false),
                new SearchResult.Fragment("残疾人证", true),
                new SearchResult.Fragment("。", false)), f);
    }

    @Test
    void aPassageInsideTheTextIsMarkedAsCut() {
        String content = "第一句。第二句说补贴。第三句。";
        List<SearchResult.Fragment> f = format(content, passage(4, 11, new int[] {8, 10}));
        assertEquals(List.of(
                new SearchResult.Fragment("…", false),
                new SearchResult.Fragment("第二句说", false),
                new SearchResult.Fragment("补贴", true),
                new SearchResult.Fragment("。", false),
                new SearchResult.Fragment("…", false)), f);
    }
}

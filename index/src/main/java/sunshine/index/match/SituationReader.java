package sunshine.index.match;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import sunshine.index.analysis.PortalAnalyzer;

/**
 * Reads a resident's own words (我是盲人，住在南翔镇，家里是低保，想找工作) into profile facts and stated needs,
 * each with the words it came from. The sentence is segmented with the portal analyzer (HanLP and the portal
 * dictionary) and matched against the cue phrases of {@value CueBook#RESOURCE}; there are no per-phrase rules in
 * code. It guesses nothing it cannot back with words: “重度” or “不是低保” give notes, not facts. Thread-safe; it
 * keeps and logs nothing of what it reads.
 */
public final class SituationReader {
    /** A description longer than this is read only this far; nobody describes themselves in more. */
    static final int MAX_CHARS = 1000;
    /** One analyzer for all readers: it reuses its token streams per thread, and a reload need not close it. */
    private static final Analyzer ANALYZER = new PortalAnalyzer();

    private final ProfileFields fields;
    private final CueBook book;

    public SituationReader(ProfileFields fields) {
        this.fields = fields;
        this.book = new CueBook(fields);
    }

    public Situation read(String text) {
        if (text == null || text.isBlank()) {
            return Situation.EMPTY;
        }
        String t = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        SentenceScan scan = new SentenceScan(t, ANALYZER);
        SituationBuilder out = new SituationBuilder(t, fields);
        scan.find(book).forEach(out::cue);
        for (AgeFinder.Age a : AgeFinder.find(scan, book.childWords)) {
            ProfileField field = a.child() ? book.childAge : book.ownAge;
            if (field != null) {
                out.age(a, field);
            }
        }
        return out.build();
    }

    /** Cues left out because profile-fields.yml has no such field or value (empty when all is well). */
    public List<String> problems() {
        return book.problems();
    }
}

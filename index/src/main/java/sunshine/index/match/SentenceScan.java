package sunshine.index.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import sunshine.index.analysis.ChineseFolding;

/**
 * A sentence segmented by the portal analyzer (HanLP with the portal dictionary), used to find cue phrases only
 * on word boundaries (so 低保 is not found in 降低保费) and to see what word stands right before a phrase.
 */
final class SentenceScan {
    /** Characters that end a clause: a negation never reaches across them. */
    private static final String CLAUSE_BREAKS = "，,。.！!？?；;：:、\n\r\t ";

    enum Marker { NONE, NEGATED, UNSURE }

    /** A cue phrase found at [start, end); {@code from} includes a negating or unsure word before it. */
    record Found(int start, int end, int from, Marker marker, CueBook.Cue cue) {
    }

    private final String folded;
    private final List<int[]> tokens = new ArrayList<>();
    private final boolean[] starts;
    private final boolean[] ends;

    SentenceScan(String text, Analyzer analyzer) {
        this.folded = ChineseFolding.fold(text);
        this.starts = new boolean[text.length() + 1];
        this.ends = new boolean[text.length() + 1];
        try (TokenStream ts = analyzer.tokenStream("situation", text)) {
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                tokens.add(new int[] {offset.startOffset(), offset.endOffset()});
                starts[offset.startOffset()] = true;
                ends[offset.endOffset()] = true;
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String folded() {
        return folded;
    }

    /** Phrases found left to right: longest first, on word boundaries, never overlapping. */
    List<Found> find(CueBook book) {
        List<Found> found = new ArrayList<>();
        boolean[] taken = new boolean[folded.length()];
        for (CueBook.Phrase p : book.phrases) {
            for (int i = folded.indexOf(p.text()); i >= 0; i = folded.indexOf(p.text(), i + 1)) {
                int end = i + p.text().length();
                if (starts[i] && ends[end] && free(taken, i, end)) {
                    Arrays.fill(taken, i, end, true);
                    Mark mark = mark(i, book);
                    found.add(new Found(i, end, mark.from(), mark.marker(), p.cue()));
                }
            }
        }
        found.sort(Comparator.comparingInt(Found::start));
        return found;
    }

    /** Whether position {@code at} is in the same clause as {@code from} (no clause break between). */
    boolean sameClause(int from, int at) {
        for (int k = from; k < at; k++) {
            if (CLAUSE_BREAKS.indexOf(folded.charAt(k)) >= 0) {
                return false;
            }
        }
        return true;
    }

    private record Mark(Marker marker, int from) {
    }

    /** The words right before {@code at} in its clause: a negator or an unsure word, skipping fillers. */
    private Mark mark(int at, CueBook book) {
        int position = at;
        for (int k = tokens.size() - 1, steps = 0; k >= 0 && steps < 3; k--) {
            int[] t = tokens.get(k);
            if (t[1] > position) {
                continue;
            }
            if (!sameClause(t[1], position)) {
                break;
            }
            String word = folded.substring(t[0], t[1]);
            if (book.unsure.contains(word)) {
                return new Mark(Marker.UNSURE, t[0]);
            }
            if (book.negators.contains(word)) {
                return new Mark(Marker.NEGATED, t[0]);
            }
            if (!book.fillers.contains(word)) {
                break;
            }
            position = t[0];
            steps++;
        }
        return new Mark(Marker.NONE, at);
    }

    private static boolean free(boolean[] taken, int from, int to) {
        for (int k = from; k < to; k++) {
            if (taken[k]) {
                return false;
            }
        }
        return true;
    }
}

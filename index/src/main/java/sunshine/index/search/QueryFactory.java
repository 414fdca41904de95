package sunshine.index.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import sunshine.index.analysis.AnalyzedTerms;
import sunshine.index.analysis.BigramAnalyzer;
import sunshine.index.analysis.ChineseFolding;
import sunshine.index.analysis.PortalAnalyzer;
import sunshine.index.build.Fields;
import sunshine.index.content.Vocabulary;

/**
 * Turns what a person typed into a Lucene query, without any query syntax (so {@code title:(}, quotes, {@code *}
 * and {@code AND} are just text). The text is folded (full-width, traditional), vocabulary phrases are recognised
 * and searched with their official term, pinyin and homophone slips are read as known terms, question words are
 * dropped. A sentence-like question ({@link QuestionMode}) becomes a {@link QuestionQuery}; a lookup becomes:
 * <ul>
 *   <li>recall: a share of the query's units must match, as words (HanLP) or as substrings (bigram phrases);</li>
 *   <li>ranking: title weighs more than summary, summary more than body; the whole query as a phrase adds more.</li>
 * </ul>
 */
public final class QueryFactory {
    private static final float TITLE = 4f;
    private static final float SUMMARY = 2f;
    private static final float BODY = 1f;
    private static final float SYNONYM = 0.8f;
    /** Substring (bigram phrase) matches count for less than word matches: they may cut across words. */
    private static final float BIGRAM = 0.5f;
    private static final float PHRASE = 3f;
    /**
     * Share of the query's units a document must match. Measured on the judged set (scripts/bench eval): two
     * thirds left most long questions (我妈妈瘫痪在床，家里低保…) with no result at all; 0.3 keeps short queries
     * precise (one or two units still need one) and lets ranking, not a cut-off, handle long ones.
     */
    private static final double MIN_MATCH_FRACTION = 0.3;
    /**
     * A lookup this long (Han characters) that some title holds verbatim is a law's or a policy's name (焦作市公园管理条例):
     * its candidates are the documents whose title holds it, found through the title's bigrams rather than its common
     * words (市, 管理, 条例), which on the laws corpus took several times longer to rank.
     */
    private static final int TITLE_LOOKUP = 8;
    /** Weight of the partial credit for any shared bigram, which helps long questions most. */
    private static final float PARTIAL_BIGRAMS = 0.3f;

    private final Analyzer words = new PortalAnalyzer();

    Analyzer wordAnalyzer() {
        return words;
    }
    private final Analyzer bigrams = new BigramAnalyzer();
    private final QuestionQuery questions = new QuestionQuery(words, bigrams);

    /**
     * A built query and how parts of the text were read (official terms, pinyin), to show back to the person.
     * {@code query} is the whole query: {@code recall} (which documents match, and most of the score) plus, when
     * not null, {@code boosts} (optional clauses that only add to the score of a match: phrases, partial bigrams).
     * The search ranks by {@code ranked} (the same matches and scores as {@code recall}, in a form Lucene can prune,
     * see {@link #rankedForm}) and adds {@code boosts} to its best hits only (see SearchService). {@code words} is a
     * cheaper query over title and body words alone, which finds candidates in a large index; for a long title typed
     * whole, only among the documents whose title holds it, with {@code wordsAnywhere} for when they are too few.
     */
    public record Built(Query query, Query recall, Query ranked, Query boosts, Query words, Query wordsAnywhere,
                        List<Reading> readings, List<String> units, boolean question) {
        Built(Query query, List<Reading> readings, List<String> units, boolean question) {
            this(query, query, query, null, null, null, readings, units, question);
        }

        /** What to tell the person their words were searched as (e.g. 瞎子 → 视力残疾), without repeats. */
        public List<String> understood() {
            return readings.stream().filter(r -> !r.shownAs().equals(r.typed())).map(Reading::shownAs).distinct().toList();
        }

        /** The text as typed, with any offensive term replaced by the respectful one, for echoing on a page. */
        public String respectful(String typed) {
            StringBuilder b = new StringBuilder(typed);
            for (int i = readings.size() - 1; i >= 0; i--) {
                Reading r = readings.get(i);
                if (r.kind() == Reading.Kind.OFFENSIVE && r.end() <= b.length()) {
                    b.replace(r.start(), r.end(), r.shownAs());
                }
            }
            return b.toString();
        }
    }

    /**
     * One thing the person asked for, with the ways it may be written; {@code searchText} is the form matched as
     * bigrams (the official term for a vocabulary phrase, since a colloquial or offensive word is not in the documents).
     */
    record Unit(String typed, List<String> alternatives, String searchText) {
    }

    /** Builds without pinyin or homophone reading (no lexicon). */
    public Built build(String text, Vocabulary vocabulary) {
        return build(text, vocabulary, new TermLexicon(List.of()), w -> true, s -> false, s -> false);
    }

    /**
     * @param lexicon   known terms by pinyin, for pinyin input and homophone slips
     * @param knownWord whether a word occurs in the index (such a word is never re-read as a homophone)
     * @param occurs    whether the documents contain a Han string (pinyin no term list holds is checked with it)
     * @param inTitle   whether some title contains the text verbatim: a long law name is looked up, not asked
     */
    Built build(String text, Vocabulary vocabulary, TermLexicon lexicon, Predicate<String> knownWord, Predicate<String> occurs,
                Predicate<String> inTitle) {
        String folded = ChineseFolding.fold(text);
        boolean titled = (QuestionMode.isQuestion(folded) || QuestionMode.hanCount(folded) >= TITLE_LOOKUP) && inTitle.test(folded);
        boolean question = QuestionMode.isQuestion(folded) && !titled;
        // In a sentence some stretch sounds like some known term by chance (with the laws' titles as known terms,
        // LeCoQA Recall@10 was 0.416 with these readings, 0.429 without); slips are read in short queries only.
        List<Reading> readings = readings(folded, vocabulary, lexicon, knownWord, occurs, !QuestionMode.isSentence(folded));
        List<Unit> units = units(folded, readings);
        if (units.isEmpty()) {
            return new Built(null, readings, List.of(), false);
        }
        if (question) {
            String searchable = searchable(folded, readings);
            Query q = questions.build(units, searchable);
            return new Built(q, q, q, null, wordsQuery(units, QuestionQuery.TITLE, QuestionQuery.BODY), null, readings,
                    units.stream().map(Unit::typed).toList(), true);
        }
        String core = String.join("", units.stream().map(Unit::searchText).toList());
        Query recall = recallQuery(units);
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(recall, Occur.MUST);
        BooleanQuery.Builder boosts = new BooleanQuery.Builder();
        for (Query phrase : phraseBoosts(core)) {
            q.add(phrase, Occur.SHOULD);
            boosts.add(phrase, Occur.SHOULD);
        }
        Query grams = bigramsAnyOf(units);
        if (grams != null) {
            q.add(new BoostQuery(grams, PARTIAL_BIGRAMS), Occur.SHOULD);
            boosts.add(new BoostQuery(grams, PARTIAL_BIGRAMS), Occur.SHOULD);
        }
        BooleanQuery b = boosts.build();
        Query words = wordsQuery(units, TITLE, BODY);
        boolean titleHolders = false;
        if (titled && words != null) {
            // A long title typed whole: the documents whose title holds it (one law's articles) are the candidates,
            // found through the title's bigrams instead of its many common words (最高人民法院, 关于, 规定).
            words = new BooleanQuery.Builder().add(phrase(Fields.TITLE_BIGRAM, analyze(bigrams, folded), 0), Occur.FILTER)
                    .add(words, Occur.MUST).build();
            titleHolders = true;
        }
        return new Built(q.build(), recall, rankedForm((BooleanQuery) recall), b.clauses().isEmpty() ? null : b,
                words, titleHolders ? wordsQuery(units, TITLE, BODY) : null, readings, units.stream().map(Unit::typed).toList(), false);
    }

    /** The folded text with every reading replaced by the term it was read as (a question's bigrams come from it). */
    private static String searchable(String folded, List<Reading> readings) {
        StringBuilder b = new StringBuilder();
        int pos = 0;
        for (Reading r : readings) {
            b.append(folded, pos, r.start()).append(r.shownAs());
            pos = r.end();
        }
        return b.append(folded.substring(pos)).toString();
    }

    /** Vocabulary phrases first (longest match), then pinyin and homophones in what is left. */
    private static List<Reading> readings(String folded, Vocabulary vocabulary, TermLexicon lexicon, Predicate<String> knownWord,
                                          Predicate<String> occurs, boolean homophones) {
        List<Reading> out = new ArrayList<>();
        boolean[] taken = new boolean[folded.length()];
        for (Vocabulary.Match m : vocabulary.find(folded)) {
            Set<String> alts = new LinkedHashSet<>();
            alts.add(m.entry().official());
            alts.addAll(m.entry().also());
            alts.remove(m.typed());
            out.add(new Reading(m.start(), m.end(), m.typed(), List.copyOf(alts), m.entry().official(),
                    m.offensive() ? Reading.Kind.OFFENSIVE : Reading.Kind.VOCABULARY));
            for (int k = m.start(); k < m.end(); k++) {
                taken[k] = true;
            }
        }
        for (Reading r : PinyinMatcher.find(folded, taken, lexicon, knownWord, occurs, homophones)) {
            out.add(throughVocabulary(r, vocabulary));
        }
        out.sort(java.util.Comparator.comparingInt(Reading::start));
        return out;
    }

    /** Pinyin read as a colloquial phrase (canjizheng → 残疾证) goes on to that phrase's official term (残疾人证). */
    private static Reading throughVocabulary(Reading r, Vocabulary vocabulary) {
        String term = r.shownAs();
        List<Vocabulary.Match> m = vocabulary.find(term);
        if (m.size() != 1 || m.get(0).start() != 0 || m.get(0).end() != term.length()) {
            return r;
        }
        Set<String> alts = new LinkedHashSet<>(r.alternatives());
        alts.add(m.get(0).entry().official());
        alts.addAll(m.get(0).entry().also());
        return new Reading(r.start(), r.end(), r.typed(), List.copyOf(alts), m.get(0).entry().official(), r.kind());
    }

    private List<Unit> units(String folded, List<Reading> readings) {
        List<Unit> out = new ArrayList<>();
        int pos = 0;
        for (Reading r : readings) {
            addWords(out, folded.substring(pos, r.start()));
            List<String> alts = new ArrayList<>();
            alts.add(r.typed());
            alts.addAll(r.alternatives());
            out.add(new Unit(r.typed(), alts, r.shownAs()));
            pos = r.end();
        }
        addWords(out, folded.substring(pos));
        if (out.isEmpty()) {
            // Only question words: search them rather than nothing.
            analyze(words, folded).forEach(w -> out.add(new Unit(w, List.of(w), w)));
        }
        return out;
    }

    private void addWords(List<Unit> out, String text) {
        for (String w : analyze(words, text)) {
            if (!QueryStopWords.contains(w)) {
                out.add(new Unit(w, List.of(w), w));
            }
        }
    }

    /**
     * Each unit matches if the document has any of its alternatives as a HanLP word (or word sequence) or, through
     * a phrase on the bigram fields, as a plain substring — so a segmentation difference between the query and
     * the document (视力残疾 vs 视力/残疾人) never loses the document. At least {@link #MIN_MATCH_FRACTION} of the units must match.
     */
    private Query recallQuery(List<Unit> units) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Unit u : units) {
            List<Query> ways = new ArrayList<>();
            for (int i = 0; i < u.alternatives().size(); i++) {
                String alt = u.alternatives().get(i);
                float weight = i == 0 ? 1f : SYNONYM;
                List<String> tokens = analyze(words, alt);
                if (!tokens.isEmpty()) {
                    ways.add(new BoostQuery(textQuery(Fields.TITLE, tokens), TITLE * weight));
                    ways.add(new BoostQuery(textQuery(Fields.SUMMARY, tokens), SUMMARY * weight));
                    ways.add(new BoostQuery(textQuery(Fields.BODY, tokens), BODY * weight));
                }
                List<String> grams = analyze(bigrams, alt);
                if (!grams.isEmpty()) {
                    ways.add(new BoostQuery(phrase(Fields.TITLE_BIGRAM, grams, 0), TITLE * weight * BIGRAM));
                    ways.add(new BoostQuery(phrase(Fields.BODY_BIGRAM, grams, 0), BODY * weight * BIGRAM));
                }
            }
            if (!ways.isEmpty()) {
                b.add(new DisjunctionMaxQuery(ways, 0.2f), Occur.SHOULD);
            }
        }
        b.setMinimumNumberShouldMatch(Math.max(1, (int) Math.ceil(units.size() * MIN_MATCH_FRACTION)));
        return b.build();
    }

    /**
     * Every word of every unit (and of its alternatives) in title or body, OR-ed, weighted as in the lookup or
     * question query but summed, without bigrams: the shape Lucene searches fastest (about as fast as plain BM25), to find candidates in a large
     * index; the whole query then ranks them (see SearchService).
     */
    private Query wordsQuery(List<Unit> units, float titleWeight, float bodyWeight) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        Set<String> seen = new LinkedHashSet<>();
        for (Unit u : units) {
            for (int i = 0; i < u.alternatives().size(); i++) {
                float weight = i == 0 ? 1f : SYNONYM;
                for (String t : analyze(words, u.alternatives().get(i))) {
                    if (seen.add(t)) {
                        b.add(new BoostQuery(new TermQuery(new Term(Fields.TITLE, t)), titleWeight * weight), Occur.SHOULD);
                        b.add(new BoostQuery(new TermQuery(new Term(Fields.BODY, t)), bodyWeight * weight), Occur.SHOULD);
                    }
                }
            }
        }
        BooleanQuery q = b.build();
        return q.clauses().isEmpty() || q.clauses().size() > IndexSearcher.getMaxClauseCount() ? null : q;
    }

    /**
     * The recall query as its units OR-ed for the score, with the share that must match as a filter: the same matches
     * and scores, but the minimum share is then checked only on documents whose score could still reach the top,
     * instead of on every document with any unit (long titles as queries spent most of their time there).
     */
    private static Query rankedForm(BooleanQuery recall) {
        if (recall.getMinimumNumberShouldMatch() <= 1) {
            return recall;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        recall.clauses().forEach(c -> b.add(c.query(), Occur.SHOULD));
        return b.add(recall, Occur.FILTER).build();
    }

    /** Any bigram of any unit: partial credit for long questions whose words appear only in part. */
    private Query bigramsAnyOf(List<Unit> units) {
        Set<String> grams = new LinkedHashSet<>();
        for (Unit u : units) {
            grams.addAll(analyze(bigrams, u.searchText()));
        }
        if (grams.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String g : grams) {
            b.add(new DisjunctionMaxQuery(List.of(
                    new BoostQuery(new TermQuery(new Term(Fields.TITLE_BIGRAM, g)), 2f),
                    new TermQuery(new Term(Fields.BODY_BIGRAM, g))), 0.1f), Occur.SHOULD);
        }
        return b.build();
    }

    /** The whole query as a phrase: a document that says it verbatim ranks above one with the words scattered. */
    private List<Query> phraseBoosts(String core) {
        List<Query> out = new ArrayList<>();
        List<String> grams = analyze(bigrams, core);
        if (grams.size() >= 2 && grams.size() <= 16) {
            out.add(new BoostQuery(phrase(Fields.TITLE_BIGRAM, grams, 0), PHRASE * 2));
            out.add(new BoostQuery(phrase(Fields.BODY_BIGRAM, grams, 0), PHRASE));
        }
        List<String> w = analyze(words, core);
        if (w.size() >= 2 && w.size() <= 12) {
            out.add(new BoostQuery(phrase(Fields.TITLE, w, 2), PHRASE));
            out.add(new BoostQuery(phrase(Fields.BODY, w, 2), PHRASE / 2));
        }
        return out;
    }

    private static Query textQuery(String field, List<String> tokens) {
        return tokens.size() == 1 ? new TermQuery(new Term(field, tokens.get(0))) : phrase(field, tokens, 1);
    }

    private static PhraseQuery phrase(String field, List<String> tokens, int slop) {
        PhraseQuery.Builder b = new PhraseQuery.Builder().setSlop(slop);
        for (int i = 0; i < tokens.size(); i++) {
            b.add(new Term(field, tokens.get(i)), i);
        }
        return b.build();
    }

    static List<String> analyze(Analyzer analyzer, String text) {
        return AnalyzedTerms.of(analyzer, "q", text);
    }
}

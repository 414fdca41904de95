package sunshine.index.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.QueryRescorer;
import sunshine.index.analysis.ChineseFolding;
import sunshine.index.build.DocumentCodec;
import sunshine.index.build.Fields;
import sunshine.index.build.TypePrior;
import sunshine.index.content.ContentDocument;
import sunshine.index.content.DocType;
import sunshine.index.content.Vocabulary;
import sunshine.index.semantic.SemanticRerank;

/**
 * The portal's search: a {@link SearchRequest} in, a {@link SearchResult} out (hits with snippets, facet counts by
 * type, topic and 街镇). Facets are counted "sideways": choosing a type still shows the counts of the other types.
 */
public final class SearchService {
    private static final int FACET_VALUES = 30;
    private static final int STREET_SERVICES = 6;
    /**
     * How many of the best hits by the recall query get the phrase and bigram boosts. Larger than the portal's own
     * content (158 documents), so there every match is ranked by the whole query; on the laws corpus a document
     * below the 200th by its words alone seldom has the phrase that would lift it into the first pages.
     */
    static final int RESCORED = 200;
    /**
     * Candidates a search in a large index takes by its words alone ({@link #byWords}) before the whole query ranks
     * them: for a lookup five pages of twenty; for a question more, because its bigrams (not among the candidates'
     * query) decide more of its ranking (LeCoQA, scripts/bench eval: see README "Search quality"). Both measured on
     * the laws corpus, where the time it takes to rank them grows slowly (questions p99 16.3 ms at 400, 17.0 at 600,
     * 18.9 at 1,000; lookups 6.6 ms at 100, 7.2 at 200, 8.2 at 600).
     */
    static final int CANDIDATES = 100;
    static final int QUESTION_CANDIDATES = 600;
    /**
     * A question re-ranked by meaning needs only the best 100 lexical hits, and this many candidates rank those well
     * (LeCoQA as served, README); p99 of questions with re-ranking on the laws corpus was 22.7 ms with 600, 18.9 with 200.
     */
    static final int RERANKED_QUESTION_CANDIDATES = 200;
    /**
     * After too few title holders, this many more candidates by words anywhere (a fixed number, so every page
     * continues the same order): the page is filled with the next best, and ranking 100 of them by a long title's
     * whole query took a few milliseconds more on the laws corpus.
     */
    static final int AFTER_HOLDERS = 30;

    private final LiveIndex index;
    private final QueryFactory queries = new QueryFactory();
    private final Snippets snippets = new Snippets();
    private final AtomicReference<Vocabulary> vocabulary;
    private final LexiconCache lexicons = new LexiconCache();
    private final GenerationCache<Suggester> suggesters = new GenerationCache<>(new SuggesterBuilder());
    private final GenerationCache<FacetPostings> facetPostings = new GenerationCache<>(FacetPostings::of);
    private final GenerationCache<StreetMentions> streets = new GenerationCache<>((searcher, handle) -> StreetMentions.of(handle));
    private final AtomicReference<List<String>> featured = new AtomicReference<>(List.of());
    private volatile SemanticSearch semantic = SemanticSearch.off();

    public SearchService(LiveIndex index, Vocabulary vocabulary) {
        this.index = index;
        this.vocabulary = new AtomicReference<>(vocabulary);
    }

    /** Semantic re-ranking of questions (off by default: {@link SemanticSearch#off()}). */
    public void setSemantic(SemanticSearch semantic) {
        this.semantic = semantic;
    }

    /** The questions asked most at the service desk (document ids), offered when a search finds nothing. */
    public void setFeatured(List<String> ids) {
        featured.set(List.copyOf(ids));
    }

    /** Replaces the vocabulary (after a content reload); takes effect for the next query, no reindex needed. */
    public void setVocabulary(Vocabulary v) {
        vocabulary.set(v);
    }

    public Vocabulary vocabulary() {
        return vocabulary.get();
    }

    public SearchResult search(SearchRequest request) throws IOException {
        long start = System.nanoTime();
        return index.withSearcher((searcher, handle) -> {
            QueryFactory.Built built = request.hasText() ? build(request.text(), searcher, handle) : null;
            // A question's vector is computed on another thread while the lexical query runs.
            CompletableFuture<float[]> vector = built != null && built.question() && request.order() == SearchRequest.Order.RELEVANCE
                    ? semantic.questionVector(request.text(), handle.commitData()) : null;
            Query matching = built == null || built.query() == null ? new MatchAllDocsQuery() : built.query();
            boolean ranked = built != null && built.query() != null && request.order() == SearchRequest.Order.RELEVANCE;
            int want = request.page() * request.size();
            Found found = ranked ? ranked(request, searcher, handle, built, vector, want)
                    : sorted(request, searcher, handle, matching, want);
            long total = found.total();
            int from = (request.page() - 1) * request.size();
            // The top holds every match when there are fewer than wanted, so this holds for a capped total too.
            if (from >= found.top().size() && request.page() > 1) {
                throw new InvalidRequestException("page", "没有第 " + request.page() + " 页：共 " + total + " 条结果，"
                        + Math.max(1, (total + request.size() - 1) / request.size()) + " 页。");
            }
            List<ScoreDoc> page = found.top().size() > from ? found.top().subList(from, found.top().size()) : List.of();
            List<List<SearchResult.Fragment>> snips = built != null && built.query() != null && !page.isEmpty()
                    ? snippets.of(searcher, built.query(), page.stream().mapToInt(d -> d.doc).toArray())
                    : page.stream().map(d -> List.<SearchResult.Fragment>of()).toList();
            List<SearchResult.Hit> hits = new ArrayList<>();
            for (int i = 0; i < page.size(); i++) {
                hits.add(hit(searcher, page.get(i), snips.get(i), ranked));
            }
            List<String> understood = built == null ? List.of() : built.understood();
            double took = (System.nanoTime() - start) / 1e6;
            String shown = built == null ? request.text() : built.respectful(request.text());
            List<SearchResult.Hit> street = request.hasText() ? streetServices(searcher, handle, request.text()) : List.of();
            NoResultHelp help = total == 0 && request.hasText() ? help(searcher, handle, request.text()) : null;
            return new SearchResult(request, total, found.exact(), took, hits, found.facets(), understood, shown, street, help);
        });
    }

    /** The first {@code want} hits in order, every match counted, and the facet counts of the matches. */
    private record Found(List<ScoreDoc> top, long total, boolean exact, Map<String, List<SearchResult.FacetCount>> facets) {
    }

    /**
     * By relevance, in passes: the matches counted without scoring ({@link MatchCounter}); for a lookup with many
     * matches, candidates by their words ranked by the whole query ({@link #byWords}); otherwise (and after those) the
     * best hits by {@code recall} with block-max pruning (times the type prior, see {@link TypePriorQuery}), the phrase
     * and partial-bigram boosts added to the best {@link #RESCORED}. A question's hits may be re-ranked by meaning
     * first. One pass that ranked with every clause and counted every match scored every match, and was ten times
     * slower on the laws corpus.
     */
    private Found ranked(SearchRequest request, IndexSearcher searcher, IndexHandle handle, QueryFactory.Built built,
                         CompletableFuture<float[]> vector, int want) throws IOException {
        long lifted = namedElsewhere(request, handle);
        Query scored = drillDown(request, new TypePriorQuery(built.ranked(), TypePrior.MAX, lifted));
        FacetPostings facets = facetPostings.get(searcher, handle);
        MatchCounter.Counted counted = MatchCounter.count(searcher, facets, built.query(), request);
        int candidates = !built.question() ? CANDIDATES : vector != null ? RERANKED_QUESTION_CANDIDATES : QUESTION_CANDIDATES;
        List<ScoreDoc> head = built.words() != null && (!counted.exact() || counted.total() > RESCORED)
                ? byWords(searcher, request, built, lifted, want, candidates) : List.of();
        if (vector == null) {
            return new Found(lexicalOrder(searcher, scored, built, lifted, head, want), counted.total(), counted.exact(), counted.facets());
        }
        List<ScoreDoc> lexical = lexicalOrder(searcher, scored, built, lifted, head, Math.max(want, semantic.candidates()));
        Optional<SemanticRerank.Reranked> reranked = semantic.rerank(searcher, lexical, filter(request), built.query(), scored,
                lifted, vector);
        if (reranked.isEmpty()) {
            return new Found(lexical.subList(0, Math.min(want, lexical.size())), counted.total(), counted.exact(), counted.facets());
        }
        SemanticRerank.Reranked r = reranked.get();
        List<ScoreDoc> top = new ArrayList<>(r.pinned().subList(0, Math.min(want, r.pinned().size())));
        if (top.size() < want) {
            for (ScoreDoc d : lexicalOrder(searcher, scored, built, lifted, head, want + r.pinned().size())) {
                if (top.size() < want && !r.isPinned(d.doc)) {
                    top.add(r.after(d));
                }
            }
        }
        if (r.matches() != built.query()) {
            // Some nearest neighbours share no word with the question: count again with them.
            counted = MatchCounter.count(searcher, facets, r.matches(), request);
        }
        return new Found(top, counted.total(), counted.exact(), counted.facets());
    }

    /**
     * The first {@code n} hits in lexical order: {@code head} (candidates by words, ranked by the whole query), then
     * every other match by the whole query.
     */
    private static List<ScoreDoc> lexicalOrder(IndexSearcher searcher, Query scored, QueryFactory.Built built, long lifted,
                                               List<ScoreDoc> head, int n) throws IOException {
        List<ScoreDoc> top = new ArrayList<>(head.subList(0, Math.min(n, head.size())));
        if (top.size() < n) {
            Set<Integer> inHead = head.stream().map(d -> d.doc).collect(Collectors.toSet());
            for (ScoreDoc d : topScores(searcher, scored, built, lifted, n + head.size())) {
                if (top.size() < n && !inHead.contains(d.doc)) {
                    top.add(d);
                }
            }
        }
        return top;
    }

    /**
     * For a search with more than {@link #RESCORED} matches: the best {@code n} ({@link #CANDIDATES} and the like)
     * documents by their words
     * alone (a query Lucene searches about as fast as plain BM25), those that match the whole query ranked by it.
     * Finding the first page with the whole query (for a lookup five ways to match each word, bigram phrases and the
     * minimum share; for a question hundreds of bigrams) took several times longer on the laws corpus. Everything
     * after these follows in the whole query's order, so pages never overlap.
     */
    private static List<ScoreDoc> byWords(IndexSearcher searcher, SearchRequest request, QueryFactory.Built built, long lifted,
                                          int want, int n) throws IOException {
        ScoreDoc[] first = candidates(searcher, request, built.words(), lifted, n);
        if (first.length >= want || built.wordsAnywhere() == null) {
            return rankedByWholeQuery(searcher, built, lifted, first);
        }
        // Too few title holders for the page: after them, the best by words anywhere (ranking every other match by
        // the whole query, a long title's dozens of clauses, took several times longer). Both are ranked in one pass:
        // setting up the whole query's matcher is most of what ranking a few documents costs. Whether this tier is
        // added depends on the page, but it only ever follows all the holders, so the pages still never overlap.
        Set<Integer> holders = java.util.Arrays.stream(first).map(d -> d.doc).collect(Collectors.toSet());
        List<ScoreDoc> all = new ArrayList<>(List.of(first));
        for (ScoreDoc d : candidates(searcher, request, built.wordsAnywhere(), lifted, AFTER_HOLDERS)) {
            if (!holders.contains(d.doc)) {
                all.add(d);
            }
        }
        List<ScoreDoc> head = new ArrayList<>(rankedByWholeQuery(searcher, built, lifted, all.toArray(ScoreDoc[]::new)));
        head.sort(java.util.Comparator.comparing(d -> !holders.contains(d.doc))); // stable: holders first, each in rank order
        return head;
    }

    /** The best {@code n} documents by {@code words} alone, within the person's filters. */
    private static ScoreDoc[] candidates(IndexSearcher searcher, SearchRequest request, Query words, long lifted, int n)
            throws IOException {
        return searcher.search(drillDown(request, new TypePriorQuery(words, TypePrior.MAX, lifted)), new TopScoreDocCollectorManager(n, 0)).scoreDocs;
    }

    /** The candidates that match the whole query, in its order (best first). */
    private static List<ScoreDoc> rankedByWholeQuery(IndexSearcher searcher, QueryFactory.Built built, long lifted,
                                                     ScoreDoc[] candidates) throws IOException {
        TopDocs ranked = new QueryRescorer(new TypePriorQuery(built.query(), TypePrior.MAX, lifted)) {
            @Override
            protected float combine(float firstPassScore, boolean secondPassMatches, float secondPassScore) {
                return secondPassMatches ? secondPassScore : Float.NEGATIVE_INFINITY; // not a match of the whole query
            }
        }.rescore(searcher, new TopDocs(new TotalHits(candidates.length, TotalHits.Relation.EQUAL_TO), candidates), candidates.length);
        return java.util.Arrays.stream(ranked.scoreDocs).filter(d -> d.score != Float.NEGATIVE_INFINITY).toList();
    }

    /**
     * The best {@code n} hits of {@code scored}, with the boosts added to the first {@link #RESCORED} (or {@code n},
     * if more) and those re-sorted; later hits keep their order. The window does not depend on the page, so the
     * pages of one search never overlap.
     */
    private static List<ScoreDoc> topScores(IndexSearcher searcher, Query scored, QueryFactory.Built built, long lifted, int n)
            throws IOException {
        TopDocs first = searcher.search(scored, new TopScoreDocCollectorManager(Math.max(n, RESCORED), 0));
        if (built.boosts() == null || first.scoreDocs.length == 0) {
            return List.of(first.scoreDocs).subList(0, Math.min(n, first.scoreDocs.length));
        }
        int window = Math.min(first.scoreDocs.length, RESCORED);
        TopDocs head = new TopDocs(first.totalHits, java.util.Arrays.copyOf(first.scoreDocs, window));
        // The boosts carry the prior as the first pass does, so a rescored hit scores as the whole query would.
        TopDocs rescored = new QueryRescorer(new TypePriorQuery(built.boosts(), TypePrior.MAX, lifted)) {
            @Override
            protected float combine(float firstPassScore, boolean secondPassMatches, float secondPassScore) {
                return secondPassMatches ? firstPassScore + secondPassScore : firstPassScore;
            }
        }.rescore(searcher, head, window);
        List<ScoreDoc> out = new ArrayList<>(List.of(rescored.scoreDocs));
        for (int i = window; i < first.scoreDocs.length && out.size() < n; i++) {
            out.add(first.scoreDocs[i]);
        }
        return out.subList(0, Math.min(n, out.size()));
    }

    /** By date or name: every match is visited for the sort anyway, so ranking and counting are one pass. */
    private Found sorted(SearchRequest request, IndexSearcher searcher, IndexHandle handle, Query matching, int want)
            throws IOException {
        DrillSideways ds = new DrillSideways(searcher, Fields.facetsConfig(), handle.facetState());
        DrillSideways.DrillSidewaysResult r = ds.search(drillDown(request, matching), null, null, want, sort(request), false);
        return new Found(List.of(r.hits.scoreDocs), r.hits.totalHits.value(), true, facets(r.facets));
    }

    /**
     * The provinces outside the index's area (the one its priors were computed for) that the text names: their
     * documents rank by their type's prior alone ({@link Fields#TYPE_PRIOR}), as the person asks about that place;
     * other places' documents keep their lower prior.
     */
    private static long namedElsewhere(SearchRequest request, IndexHandle handle) {
        return handle.area().namedElsewhere(ChineseFolding.fold(request.text()));
    }

    /** The person's filters alone (null when there are none), for searches that must keep within them. */
    private static Query filter(SearchRequest request) {
        return request.facetFilters().isEmpty() ? null : drillDown(request, new MatchAllDocsQuery());
    }

    private static DrillDownQuery drillDown(SearchRequest request, Query base) {
        DrillDownQuery ddq = new DrillDownQuery(Fields.facetsConfig(), base);
        request.facetFilters().forEach(ddq::add);
        return ddq;
    }

    private QueryFactory.Built build(String text, IndexSearcher searcher, IndexHandle handle) throws IOException {
        Vocabulary v = vocabulary.get();
        var reader = searcher.getIndexReader();
        TermLexicon lexicon = lexicons.get(handle, reader, v);
        QueryFactory.Built b = queries.build(text, v, lexicon, new IndexWords(reader), han -> IndexPhrases.occurs(searcher, han),
                folded -> IndexPhrases.inTitle(searcher, folded));
        SharedTermStates terms = new SharedTermStates(searcher);
        return new QueryFactory.Built(terms.apply(b.query()), terms.apply(b.recall()), terms.apply(b.ranked()),
                terms.apply(b.boosts()), terms.apply(b.words()), terms.apply(b.wordsAnywhere()), b.readings(), b.units(), b.question());
    }

    /**
     * Builds what every search derives from the served generation (term lexicon, facet postings, 街镇 names), so the
     * first searches after a start or a swap do not each pay for it. Meant for a background thread: a search arriving
     * meanwhile waits for the build in progress instead of repeating it.
     */
    public void warmUp() throws IOException {
        String title = index.withSearcher((searcher, handle) -> {
            lexicons.get(handle, searcher.getIndexReader(), vocabulary.get());
            facetPostings.get(searcher, handle);
            streets.get(searcher, handle);
            int n = searcher.getIndexReader().maxDoc();
            return n == 0 ? null : searcher.storedFields().document(n / 2, java.util.Set.of(Fields.TITLE)).get(Fields.TITLE);
        });
        if (title != null && !title.isBlank()) {
            // A warming search, as Solr's firstSearcher runs: the classes and code paths of a search (query building,
            // highlighting, stored-document decoding) are loaded and compiled before the first person waits on them.
            search(SearchRequest.of(title.substring(0, Math.min(title.length(), 8)), null, null, null, null, null, null));
        }
    }

    /**
     * Builds the suggester (type-ahead, searches that find nothing), which takes seconds on a large index. The pinyin
     * table of the index's bigrams stays lazy: only pinyin that no term spells needs it, and on the laws corpus it
     * holds tens of MB that took the server's peak RSS over 768 MB when built at start.
     */
    public void warmUpSuggestions() throws IOException {
        index.withSearcher((searcher, handle) -> suggesters.get(searcher, handle));
    }

    /**
     * Suggestions for what is being typed: titles, topics and 街镇 by prefix, word, pinyin or initials.
     * Text over {@link SearchRequest#MAX_TEXT} characters, or blank, gets none.
     */
    public List<Suggestion> suggest(String typed, int limit) throws IOException {
        if (typed == null || typed.isBlank() || typed.length() > SearchRequest.MAX_TEXT) {
            return List.of();
        }
        return index.withSearcher((searcher, handle) -> suggesters.get(searcher, handle).suggest(typed, limit));
    }

    /** The service points of any 街镇 the query names (南翔 → 南翔镇), by name. */
    private List<SearchResult.Hit> streetServices(IndexSearcher searcher, IndexHandle handle, String text) throws IOException {
        List<String> named = streets.get(searcher, handle).in(ChineseFolding.fold(text));
        List<SearchResult.Hit> out = new ArrayList<>();
        for (String street : named) {
            Query q = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.TYPE, DocType.SERVICE.slug())), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(Fields.STREET, street)), BooleanClause.Occur.FILTER).build();
            for (ScoreDoc sd : searcher.search(q, STREET_SERVICES, new Sort(new SortField(Fields.SORT_NAME, SortField.Type.STRING))).scoreDocs) {
                out.add(hit(searcher, sd, List.of(), false));
            }
        }
        return out;
    }

    /** For a search that found nothing: what may have been meant, the nearest topics, the questions asked most. */
    private NoResultHelp help(IndexSearcher searcher, IndexHandle handle, String text) throws IOException {
        Suggester suggester = suggesters.get(searcher, handle);
        List<Suggestion> meant = new ArrayList<>(suggester.suggest(text, 5));
        for (String word : QueryFactory.analyze(queries.wordAnalyzer(), ChineseFolding.fold(text))) {
            if (meant.size() >= 5 || word.length() < 2) {
                continue;
            }
            suggester.suggest(word, 2).stream().filter(s -> !meant.contains(s)).forEach(meant::add);
        }
        List<String> topics = NearestTopics.of(text, handle.allValues(Fields.FACET_TOPIC));
        List<SearchResult.Hit> asked = new ArrayList<>();
        for (String id : featured.get()) {
            TopDocs top = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
            if (top.scoreDocs.length > 0) {
                asked.add(hit(searcher, top.scoreDocs[0], List.of(), false));
            }
        }
        return new NoResultHelp(List.copyOf(meant.subList(0, Math.min(5, meant.size()))), topics, asked);
    }

    /** The stored document with this id, as loaded from content. */
    public Optional<ContentDocument> document(String id) throws IOException {
        return index.withSearcher((searcher, handle) -> {
            TopDocs top = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(decode(searcher.storedFields().document(top.scoreDocs[0].doc)));
        });
    }

    /** Every document of a type, in name order (for lists such as the service directory and the sitemap). */
    public List<ContentDocument> all(DocType type) throws IOException {
        return index.withSearcher((searcher, handle) -> {
            Query q = new TermQuery(new Term(Fields.TYPE, type.slug()));
            int n = Math.max(1, searcher.count(q));
            TopDocs top = searcher.search(q, n, new Sort(new SortField(Fields.SORT_NAME, SortField.Type.STRING)));
            List<ContentDocument> out = new ArrayList<>();
            for (ScoreDoc d : top.scoreDocs) {
                out.add(decode(searcher.storedFields().document(d.doc)));
            }
            return out;
        });
    }

    public int documentCount() {
        return index.docCount();
    }

    private static Sort sort(SearchRequest request) {
        if (request.order() == SearchRequest.Order.NAME) {
            return new Sort(new SortField(Fields.SORT_NAME, SortField.Type.STRING));
        }
        return new Sort(new SortField(Fields.DATE, SortField.Type.LONG, true), new SortField(Fields.SORT_NAME, SortField.Type.STRING));
    }

    private static ContentDocument decode(Document d) {
        DocType type = DocType.fromSlug(d.get(Fields.TYPE)).orElseThrow();
        return DocumentCodec.fromJson(type, d.get(Fields.JSON));
    }

    private static SearchResult.Hit hit(IndexSearcher searcher, ScoreDoc sd, List<SearchResult.Fragment> snippet, boolean ranked) throws IOException {
        ContentDocument d = decode(searcher.storedFields().document(sd.doc));
        LocalDate date = d.date();
        return new SearchResult.Hit(d.id(), d.type().slug(), d.type().label(), d.title(), d.type().pagePath(d.id()),
                d.summary(), snippet, ranked ? sd.score : 0f, date, d.street(), d.sample());
    }

    private static Map<String, List<SearchResult.FacetCount>> facets(Facets facets) throws IOException {
        Map<String, List<SearchResult.FacetCount>> out = new LinkedHashMap<>();
        for (String dim : List.of(Fields.FACET_TYPE, Fields.FACET_TOPIC, Fields.FACET_STREET)) {
            List<SearchResult.FacetCount> counts = new ArrayList<>();
            FacetResult fr;
            try {
                fr = facets.getTopChildren(FACET_VALUES, dim);
            } catch (IllegalArgumentException e) {
                fr = null; // dimension absent from this index (e.g. no 街镇 values at all)
            }
            if (fr != null) {
                for (LabelAndValue lv : fr.labelValues) {
                    counts.add(SearchResult.FacetCount.of(dim, lv.label, lv.value.longValue(), true));
                }
            }
            out.put(dim, counts);
        }
        return out;
    }
}

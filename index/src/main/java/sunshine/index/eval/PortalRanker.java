package sunshine.index.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import sunshine.index.build.IndexStore;
import sunshine.index.content.ContentDocument;
import sunshine.index.content.Jurisdiction;
import sunshine.index.content.Vocabulary;
import sunshine.index.search.InvalidRequestException;
import sunshine.index.search.LiveIndex;
import sunshine.index.search.SearchRequest;
import sunshine.index.search.SearchResult;
import sunshine.index.search.SearchService;
import sunshine.index.search.SemanticSearch;
import sunshine.index.semantic.SemanticRerank;

/**
 * What the portal really serves: the documents indexed by {@link IndexBuilder} and searched through
 * {@link SearchService} (QueryFactory, vocabulary, type priors, snippets), a request at a time as the web page
 * sends it. Depths beyond one page are read page by page, as a person paging on would see them.
 */
final class PortalRanker implements Ranker {
    private final LiveIndex live;
    private final SearchService search;

    private PortalRanker(LiveIndex live, SearchService search) {
        this.live = live;
        this.search = search;
    }

    /**
     * The portal over {@code docs}, searching with {@code semantic} settings (null: lexical only). The index is
     * shared with the other portal configurations (see {@link SharedPortalIndex}); a question's vector is waited
     * for however long it takes, so the figures do not depend on the machine's load.
     */
    static PortalRanker build(List<? extends ContentDocument> docs, Vocabulary vocabulary, Jurisdiction area, Path dir,
                              Path vectorCache, SemanticRerank.Settings semantic) throws IOException {
        IndexStore store = SharedPortalIndex.of(docs, area, dir.getParent(), vectorCache);
        LiveIndex live = new LiveIndex(store);
        SearchService search = new SearchService(live, vocabulary);
        if (semantic != null) {
            SharedPortalIndex.MODEL.await();
            search.setSemantic(new SemanticSearch(SharedPortalIndex.MODEL, semantic, 600_000));
        }
        return new PortalRanker(live, search);
    }

    @Override
    public List<String> rank(String query, int depth) throws IOException {
        String size = Integer.toString(Math.min(depth, SearchRequest.MAX_SIZE));
        String text = cut(query);
        List<String> ids = new ArrayList<>();
        for (int page = 1; ids.size() < depth; page++) {
            SearchResult r;
            try {
                r = search.search(SearchRequest.of(text, null, null, null, Integer.toString(page), size, "relevance"));
            } catch (InvalidRequestException e) {
                break; // past the last page
            }
            r.hits().forEach(h -> ids.add(h.id()));
            if (r.hits().isEmpty() || ids.size() >= r.total()) {
                break;
            }
        }
        return ids.size() > depth ? List.copyOf(ids.subList(0, depth)) : ids;
    }

    /** The search box takes at most {@link SearchRequest#MAX_TEXT} characters; a longer question is cut there. */
    static String cut(String text) {
        String t = text.strip();
        return t.codePointCount(0, t.length()) <= SearchRequest.MAX_TEXT ? t
                : t.substring(0, t.offsetByCodePoints(0, SearchRequest.MAX_TEXT));
    }

    @Override
    public void close() throws IOException {
        live.close();
    }
}

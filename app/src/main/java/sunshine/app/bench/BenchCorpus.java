package sunshine.app.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import sunshine.index.content.ContentDocument;
import sunshine.index.content.ContentLoader;
import sunshine.index.content.Jurisdiction;
import sunshine.index.content.Vocabulary;
import sunshine.index.eval.LawCorpus;

/**
 * The documents a bench indexes: the shipped content, plus (unless quick) the laws corpus split into articles as
 * the corpora README says (147,288 articles and 154 whole texts), read in place. Every index of the bench holds
 * the shipped content, so the portal's own pages stay findable at each scale; law documents are taken in one
 * seeded random order, so a smaller level is a sample of the whole rather than its first laws.
 */
final class BenchCorpus {
    final List<ContentDocument> content;
    final List<ContentDocument> laws;
    final Vocabulary vocabulary;
    /** The content's area.yml: the served portal ranks other provinces' regulations after the rest, so do the benches. */
    final Jurisdiction area;
    final String description;

    private BenchCorpus(List<ContentDocument> content, List<ContentDocument> laws, ContentLoader.Result loaded, String description) {
        this.content = content;
        this.laws = laws;
        this.vocabulary = loaded.vocabulary();
        this.area = loaded.lists().area();
        this.description = description;
    }

    static BenchCorpus load(Path contentRoot, Path lawsFile, long seed) throws IOException {
        ContentLoader.Result loaded = new ContentLoader(contentRoot).load();
        List<ContentDocument> content = List.copyOf(loaded.documents());
        if (lawsFile == null) {
            return new BenchCorpus(content, List.of(), loaded,
                    String.format("shipped content only: %,d documents", content.size()));
        }
        LawCorpus.Loaded l = LawCorpus.read(lawsFile);
        List<ContentDocument> laws = new ArrayList<>(l.documents());
        Collections.shuffle(laws, new Random(seed));
        return new BenchCorpus(content, List.copyOf(laws), loaded, String.format(
                "%,d shipped content documents + laws corpus: %,d laws split into %,d articles and %,d whole texts",
                content.size(), l.laws(), l.articles(), l.wholeLaws()));
    }

    /** The shipped content and {@code lawCount} law documents (all of them when larger). */
    List<ContentDocument> withLaws(int lawCount) {
        List<ContentDocument> out = new ArrayList<>(content);
        out.addAll(laws.subList(0, Math.min(lawCount, laws.size())));
        return out;
    }

    List<ContentDocument> all() {
        return withLaws(laws.size());
    }
}

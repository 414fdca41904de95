package sunshine.index.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import sunshine.index.content.Jurisdiction;
import sunshine.index.content.PlainDocument;
import sunshine.index.content.Vocabulary;

/**
 * The external set: LeCoQA-format questions against every article of the laws corpus, under the same
 * configurations as the judged set. The portal configuration uses the portal's vocabulary, as it would if these
 * articles were served.
 */
public final class LawsEvaluation {
    /** Recall is reported at 100. */
    public static final int DEPTH = 100;

    /** What was evaluated and the results, one per configuration. */
    public record Result(Path lawsFile, Path questionsFile, LawCorpus.Loaded corpus, int questions, int goldLinks,
                         int goldArticles, int goldMissing, List<RunResult> runs) {
    }

    private LawsEvaluation() {
    }

    public static Result run(Path laws, Path questions, Vocabulary vocabulary, Jurisdiction area, Evaluator evaluator) throws IOException {
        List<JudgedQuery> qs = LeCoQa.read(questions);
        LawCorpus.Loaded corpus = LawCorpus.read(laws);
        Set<String> ids = new HashSet<>();
        for (PlainDocument d : corpus.documents()) {
            ids.add(d.id());
        }
        Set<String> gold = new HashSet<>();
        qs.forEach(q -> gold.addAll(q.relevant()));
        int links = qs.stream().mapToInt(q -> q.relevant().size()).sum();
        int missing = (int) gold.stream().filter(id -> !ids.contains(id)).count();
        List<RunResult> runs = evaluator.run("laws", Configuration.all(vocabulary, area, evaluator.vectorCache()), corpus.documents(), qs, DEPTH);
        return new Result(laws, questions, corpus, qs.size(), links, gold.size(), missing, runs);
    }
}

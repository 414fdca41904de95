package sunshine.app.bench;

import java.nio.file.Path;

/**
 * What the in-process bench runs on and for how long.
 *
 * @param laws          laws corpus, or null for the quick mode (shipped content only)
 * @param lecoqa        LeCoQA questions for the question mix, or null
 * @param warmupMillis  search warm-up per run (not counted)
 * @param measureMillis search measuring time per run on the largest index
 * @param scaleMillis   search measuring time per run on the smaller scale levels
 * @param sections      which of indexing, match, search, scale, semantic to run (search and scale reuse the index
 *                      indexing left)
 * @param vectorCache   document vectors computed before (by the eval section), for the semantic section
 */
public record BenchOptions(Path content, Path laws, Path lecoqa, Path out, long warmupMillis, long measureMillis,
                           long scaleMillis, long seed, java.util.Set<String> sections, Path vectorCache) {
    public boolean runs(String section) {
        return sections.contains(section);
    }

    public boolean quick() {
        return laws == null;
    }
}

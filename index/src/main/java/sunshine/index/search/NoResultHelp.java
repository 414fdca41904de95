package sunshine.index.search;

import java.util.List;

/**
 * What a search that found nothing offers instead of a dead end: suggestions for what may have been meant, the
 * nearest topics, and the questions people ask most.
 */
public record NoResultHelp(List<Suggestion> didYouMean, List<String> topics, List<SearchResult.Hit> featured) {
}

package sunshine.app.pages;

import java.util.List;
import sunshine.index.search.SearchResult;

/** The home page: the topics to browse and the newest sign-language news and policies. */
public record HomeView(List<String> topics, List<SearchResult.Hit> latestNews, List<SearchResult.Hit> latestPolicies) {
}

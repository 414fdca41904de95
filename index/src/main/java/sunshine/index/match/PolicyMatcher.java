package sunshine.index.match;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import sunshine.index.content.Policy;

/**
 * 政策找人: matches a resident profile against every policy's compiled rules. Built once per content load from a
 * {@link RuleBook}; {@link #match} only evaluates small rule trees, with no parsing. Immutable and thread-safe. It
 * never logs: profiles and the words people type stay out of every log.
 */
public final class PolicyMatcher {
    private static final Comparator<PolicyAnswer> ORDER = Comparator
            .comparingInt((PolicyAnswer a) -> -a.matchingNeeds().size())
            .thenComparingInt(a -> a.openQuestions().size());

    private final RuleBook book;
    private final Questions questions;
    private final ProfileParser parser;
    private final SituationReader reader;
    private final Map<String, Set<String>> excludes = new HashMap<>();

    public PolicyMatcher(RuleBook book) {
        this.book = book;
        this.questions = new Questions(book.fields());
        this.parser = new ProfileParser(book.fields());
        this.reader = new SituationReader(book.fields());
        for (PolicyRules r : book.policies()) {
            // Either policy may declare the exclusion; both should show it.
            for (String other : r.policy().excludes()) {
                excludes.computeIfAbsent(r.policy().id(), k -> new LinkedHashSet<>()).add(other);
                excludes.computeIfAbsent(other, k -> new LinkedHashSet<>()).add(r.policy().id());
            }
        }
    }

    /**
     * Matches one profile on {@code today}. {@code needs} (from {@link ProfileParser.Parsed#needs()} or a
     * {@link Situation}) only move the policies they concern up within each group.
     */
    public MatchResult match(Profile profile, LocalDate today, Set<String> needs) {
        Map<String, Fact> facts = profile.factsOn(today);
        List<Assessment> assessed = new ArrayList<>();
        List<Policy> unassessed = new ArrayList<>();
        for (PolicyRules r : book.policies()) {
            Validity v = Validity.of(r.policy(), today);
            if (r.hasRules()) {
                assessed.add(Assessment.of(r, v, Evaluator.evaluate(r.eligibility(), facts)));
            } else if (v == Validity.IN_FORCE) {
                unassessed.add(r.policy());
            }
        }
        Map<String, Policy> offered = new LinkedHashMap<>();
        List<Assessment> maybe = new ArrayList<>();
        for (Assessment a : assessed) {
            if (a.offered()) {
                offered.put(a.policy().id(), a.policy());
                if (a.answer() == Answer.MAYBE) {
                    maybe.add(a);
                }
            }
        }
        QuestionRanking ranking = new QuestionRanking(maybe, book.fields());
        AnswerWriter writer = new AnswerWriter(questions, ranking, offered, excludes, book.fields().needs(), needs);
        Map<Group, List<PolicyAnswer>> groups = new EnumMap<>(Group.class);
        for (Assessment a : assessed) {
            groups.computeIfAbsent(Group.of(a), k -> new ArrayList<>()).add(writer.write(a));
        }
        groups.values().forEach(g -> g.sort(ORDER));
        List<PolicySummary> other = unassessed.stream()
                .map(p -> new PolicySummary(p.id(), p.title(), p.summary(), writer.matchingNeeds(p)))
                .sorted(Comparator.comparingInt(s -> -s.matchingNeeds().size())).toList();
        return new MatchResult(today, get(groups, Group.MET), get(groups, Group.MAYBE), get(groups, Group.NOT_MET),
                get(groups, Group.UPCOMING), get(groups, Group.EXPIRED), other, ranking.ranked(questions));
    }

    private enum Group {
        MET, MAYBE, NOT_MET, UPCOMING, EXPIRED;

        /** An upcoming policy that is clearly not met is only a "why not", so it goes with 不符合. */
        static Group of(Assessment a) {
            return switch (a.validity()) {
                case EXPIRED -> EXPIRED;
                case UPCOMING -> a.answer() == Answer.NOT_MET ? NOT_MET : UPCOMING;
                case IN_FORCE -> switch (a.answer()) {
                    case MET -> MET;
                    case MAYBE -> MAYBE;
                    case NOT_MET -> NOT_MET;
                };
            };
        }
    }

    private static List<PolicyAnswer> get(Map<Group, List<PolicyAnswer>> groups, Group g) {
        return groups.getOrDefault(g, List.of());
    }

    public RuleBook rules() { return book; }

    public ProfileFields fields() { return book.fields(); }

    /** The profile form's questions. */
    public Questions questions() { return questions; }

    /** Reads form answers into a {@link Profile}. */
    public ProfileParser parser() { return parser; }

    /** Reads a sentence in the person's own words into facts to confirm. */
    public SituationReader reader() { return reader; }
}

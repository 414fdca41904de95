package sunshine.index.match;

import java.time.LocalDate;
import java.util.List;
import sunshine.index.content.HowToApply;
import sunshine.index.content.LegalBasis;

/**
 * One policy's answer for one profile, with everything a results page shows: the reasons per condition in words,
 * the questions that would settle a 可能符合, how to apply, the standard, the legal basis, the 免申即享 note,
 * conflicts with other offered policies, and which of the stated needs it serves.
 */
public record PolicyAnswer(
        String id,
        String title,
        String summary,
        Answer answer,
        Validity validity,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        List<Reason> reasons,
        List<OpenQuestion> openQuestions,
        HowToApply apply,
        String standard,
        List<LegalBasis> legalBasis,
        boolean noApplication,
        String noApplicationNote,
        List<Conflict> conflicts,
        List<String> matchingNeeds,
        List<String> topics,
        boolean sample) {

    public PolicyAnswer {
        reasons = List.copyOf(reasons);
        openQuestions = List.copyOf(openQuestions);
        legalBasis = List.copyOf(legalBasis);
        conflicts = List.copyOf(conflicts);
        matchingNeeds = List.copyOf(matchingNeeds);
        topics = List.copyOf(topics);
    }

    /** Shows no reasons: they quote the person's facts. */
    @Override
    public String toString() {
        return "PolicyAnswer[" + id + ", " + answer + ", " + validity + "]";
    }

    /** The conditions not met, in words (empty unless the answer is 不符合). */
    public List<String> notMet() {
        return reasons.stream().flatMap(r -> r.leaves(Verdict.FAILED).stream()).map(Reason::text).toList();
    }

    /** 免申即享 in words, or null when the person has to apply. */
    public String noApplicationText() {
        if (!noApplication) {
            return null;
        }
        return noApplicationNote != null ? noApplicationNote : "免申即享：符合条件的不用申请，会按规定直接享受。";
    }
}

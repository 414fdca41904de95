package sunshine.index.match;

/** A question whose answer would settle a policy, and what the policy needs: “需要是：低保或低收入”. */
public record OpenQuestion(Question question, String needed) {
}

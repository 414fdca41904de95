package sunshine.app.match;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import sunshine.index.PortalIndex;
import sunshine.index.match.ProfileParser;

/** {@code GET /api/match/questions}: the profile questions, so another client can build its own form. */
final class QuestionsApi implements Handler {
    private final PortalIndex index;

    QuestionsApi(PortalIndex index) {
        this.index = index;
    }

    @Override
    public void handle(Context ctx) {
        ctx.json(new QuestionJson.All(index.matcher().questions().all().stream().map(QuestionJson::of).toList(),
                ProfileParser.UNKNOWN));
        ctx.contentType("application/json; charset=utf-8");
    }
}

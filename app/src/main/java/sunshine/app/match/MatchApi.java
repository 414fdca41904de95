package sunshine.app.match;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import sunshine.index.match.ProfileParser.FieldError;

/**
 * {@code POST /api/match}: a profile and/or the person's own words in, the matched policies out. Only JSON is taken
 * (415 otherwise), at most {@value RequestBody#API_LIMIT} bytes (413); a bad answer is a 400 naming every field
 * that is wrong. Nothing of the request is logged or kept, and the answer is marked {@code no-store}.
 */
final class MatchApi implements Handler {
    private final MatchEngine engine;

    MatchApi(MatchEngine engine) {
        this.engine = engine;
    }

    /** The error body: the usual {@code error}, {@code message}, {@code parameter}, and every field error. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ErrorBody(String error, String message, String parameter, List<FieldJson> errors) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FieldJson(String field, String label, String message) {
    }

    @Override
    public void handle(Context ctx) throws IOException {
        try {
            String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
            if (!type.startsWith("application/json")) {
                throw new RequestProblem(415, "unsupported_media_type", null,
                        "请用 JSON 提交：Content-Type: application/json; charset=utf-8。");
            }
            byte[] body = RequestBody.read(ctx, RequestBody.API_LIMIT);
            boolean explain = "1".equals(ctx.queryParam("explain")) || "true".equals(ctx.queryParam("explain"));
            MatchInput input = new JsonRequestReader(engine.questions()).read(body, explain);
            MatchRun run = engine.run(input);
            if (!run.ok()) {
                send(ctx, 400, errors(run.errors()));
                return;
            }
            send(ctx, 200, MatchResponse.of(run, input.explain()));
        } catch (RequestProblem p) {
            send(ctx, p.status(), new ErrorBody(p.code(), p.getMessage(), p.parameter(), null));
        }
    }

    static ErrorBody errors(List<FieldError> errors) {
        String message = errors.stream().map(FieldError::message).distinct().collect(Collectors.joining(" "));
        List<FieldJson> fields = errors.stream().map(e -> new FieldJson(e.field(), e.label(), e.message())).toList();
        return new ErrorBody("bad_request", message, errors.get(0).field(), fields);
    }

    private static void send(Context ctx, int status, Object body) {
        ctx.status(status);
        ctx.json(body);
        ctx.contentType("application/json; charset=utf-8");
    }
}

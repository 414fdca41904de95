package sunshine.app.match;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import sunshine.app.web.ErrorView;
import sunshine.app.web.Layout;
import sunshine.app.web.Views;
import sunshine.index.PortalIndex;

/**
 * 政策找人: the form and results ({@code /match}), the service-desk mode ({@code /desk}) and the API
 * ({@code POST /api/match}, {@code GET /api/match/questions}). What a person enters is private: those responses are
 * {@code no-store}, set no cookie, and nothing of the request is logged.
 */
public final class MatchRoutes {
    private MatchRoutes() {
    }

    public static void register(RoutesConfig routes, PortalIndex index, Clock clock) {
        MatchEngine engine = new MatchEngine(index, clock);
        MatchPages match = new MatchPages(engine);
        DeskPages desk = new DeskPages(engine);
        for (String path : new String[] {"/match", "/desk", "/api/match"}) {
            routes.before(path, MatchRoutes::noStore); // before handlers run for errors too
        }
        routes.get("/match", match::form);
        routes.post("/match", match::submit);
        routes.get("/desk", desk::form);
        routes.post("/desk", desk::submit);
        routes.post("/api/match", new MatchApi(engine));
        routes.get("/api/match/questions", new QuestionsApi(index));
        routes.exception(RequestProblem.class, MatchRoutes::problemPage);
    }

    /** A form that cannot be read at all (too large, garbled): the usual error page, with the reason in words. */
    private static void problemPage(RequestProblem p, Context ctx) {
        ErrorView view = new ErrorView(p.status(), p.code(), "无法读取您提交的内容", p.getMessage(), null);
        ctx.status(p.status());
        Views.render(ctx, "pages/error", Layout.page(view.heading(), Layout.Nav.NONE), view);
    }

    private static void noStore(Context ctx) {
        ctx.header("Cache-Control", "no-store");
    }
}

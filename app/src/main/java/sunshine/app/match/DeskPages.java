package sunshine.app.match;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import sunshine.app.web.Layout;
import sunshine.app.web.Views;

/**
 * {@code /desk}: the same engine for street and community workers. One dense form, the person's words first; a
 * submit shows the results at once (the words read straight into the answers, listed so they can be checked), the
 * text to copy into a chat message, and the form again, filled in, to correct and ask again.
 */
final class DeskPages {
    private final MatchEngine engine;

    DeskPages(MatchEngine engine) {
        this.engine = engine;
    }

    record DeskView(FormView form, ResultsView results) {
    }

    void form(Context ctx) {
        show(ctx, 200, new DeskView(FormView.of("desk", engine.questions(), FormValues.empty(), List.of()), null));
    }

    void submit(Context ctx) throws IOException {
        FormValues values = new FormValues(RequestBody.form(ctx));
        MatchRun run = engine.run(FormReader.read(values, engine.questions()));
        if (!run.ok()) {
            show(ctx, 400, new DeskView(FormView.of("desk", engine.questions(), values, run.errors()), null));
            return;
        }
        show(ctx, 200, new DeskView(FormView.of("desk", engine.questions(), FormValues.of(run), List.of()),
                ResultsView.of(run, "desk")));
    }

    private static void show(Context ctx, int status, DeskView view) {
        ctx.status(status);
        String title = view.results() != null ? view.results().title() : view.form().title();
        Views.render(ctx, "pages/desk", Layout.page(title, Layout.Nav.NONE), view);
    }
}

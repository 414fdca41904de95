package sunshine.app.match;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import sunshine.app.web.Layout;
import sunshine.app.web.Views;

/**
 * {@code /match}: GET shows the form; POST either shows the form again (with errors, or filled in from the words
 * just read, to check), or the results as a page of its own whose h1 is the count. Every step is a POST with the
 * answers in the body, never in a URL, and nothing is kept between steps: the page carries them in hidden fields.
 */
final class MatchPages {
    private final MatchEngine engine;

    MatchPages(MatchEngine engine) {
        this.engine = engine;
    }

    void form(Context ctx) {
        showForm(ctx, 200, FormView.of("match", engine.questions(), FormValues.empty(), List.of()));
    }

    void submit(Context ctx) throws IOException {
        FormValues values = new FormValues(RequestBody.form(ctx));
        if ("edit".equals(values.first("action"))) {
            showForm(ctx, 200, FormView.of("match", engine.questions(), values, List.of()));
            return;
        }
        MatchRun run = engine.run(FormReader.read(values, engine.questions()));
        if (!run.ok()) {
            showForm(ctx, 400, FormView.of("match", engine.questions(), values, run.errors()));
        } else if (run.input().readsText()) {
            showForm(ctx, 200, FormView.confirming(run));
        } else {
            ResultsView results = ResultsView.of(run, "match");
            Views.render(ctx, "pages/match-results", Layout.page(results.title(), Layout.Nav.MATCH), results);
        }
    }

    private static void showForm(Context ctx, int status, FormView form) {
        ctx.status(status);
        Views.render(ctx, "pages/match", Layout.page(form.title(), Layout.Nav.MATCH), form);
    }
}

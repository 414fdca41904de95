package sunshine.app.pages;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import sunshine.app.web.Layout;
import sunshine.app.web.Views;

/** {@code GET /accessibility}: 无障碍说明 — what we aim for, how the site is built, known limits, how to report. */
public final class AccessibilityPage implements Handler {
    @Override
    public void handle(Context ctx) {
        Views.render(ctx, "pages/accessibility", Layout.page("无障碍说明", Layout.Nav.ACCESSIBILITY),
                AccessibilityView.CURRENT);
    }
}

package sunshine.app.ops;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.NotFoundResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sunshine.app.searchlog.SearchLog;
import sunshine.index.PortalIndex;

/**
 * {@code POST /admin/reload} (reload content without a restart) and {@code GET /admin/searchlog} (the last 30
 * days of the search log). Registered only when a token is configured, so without one they are plain 404s. Each
 * request must carry {@code Authorization: Bearer <token>}, compared in constant time.
 */
public final class AdminRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(AdminRoutes.class);

    private final byte[] tokenHash;
    private final PortalIndex index;
    private final SearchLog searchLog;

    private AdminRoutes(String token, PortalIndex index, SearchLog searchLog) {
        this.tokenHash = sha256(token);
        this.index = index;
        this.searchLog = searchLog;
    }

    public static void register(RoutesConfig routes, PortalIndex index, String token, SearchLog searchLog) {
        if (token == null) {
            return;
        }
        AdminRoutes admin = new AdminRoutes(token, index, searchLog);
        routes.before("/admin/*", admin::authorize);
        routes.post("/admin/reload", admin::reload);
        routes.get("/admin/searchlog", admin::searchLog);
    }

    private void authorize(Context ctx) {
        String header = ctx.header("Authorization");
        String given = header != null && header.startsWith("Bearer ") ? header.substring(7).strip() : "";
        // Hashing first makes both sides the same length, so the comparison time says nothing about the token.
        if (!MessageDigest.isEqual(sha256(given), tokenHash)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new HttpResponseException(401, "需要管理员令牌（Authorization: Bearer …）。");
        }
    }

    private void reload(Context ctx) throws Exception {
        PortalIndex.Status s = index.reload(PortalIndex.Progress.none());
        LOG.info("Content reloaded by an administrator: {} documents, rebuilt: {}", s.documents(), s.rebuilt());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("rebuilt", s.rebuilt());
        body.put("documents", s.documents());
        body.put("problems", s.problems().size());
        body.put("millis", s.millis());
        ctx.json(body).contentType("application/json; charset=utf-8");
    }

    private void searchLog(Context ctx) throws Exception {
        if (searchLog == null) {
            throw new NotFoundResponse("搜索日志没有开启。");
        }
        ctx.json(searchLog.lastDays(30)).contentType("application/json; charset=utf-8");
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

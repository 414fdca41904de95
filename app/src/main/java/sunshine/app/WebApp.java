package sunshine.app;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.Map;
import sunshine.app.api.ApiRoutes;
import sunshine.app.discovery.DiscoveryRoutes;
import sunshine.app.documents.DocumentRoutes;
import sunshine.app.feeds.FeedRoutes;
import sunshine.app.hsds.HsdsRoutes;
import sunshine.app.jsonld.HeadExtension;
import sunshine.app.match.MatchRoutes;
import sunshine.app.metrics.MetricsRoutes;
import sunshine.app.ops.Operations;
import sunshine.app.ops.OpsOptions;
import sunshine.app.openapi.OpenApiRoutes;
import sunshine.app.pages.PageRoutes;
import sunshine.app.search.SearchRoutes;
import sunshine.app.services.ServiceDirectory;
import sunshine.app.services.ServiceRoutes;
import sunshine.app.web.ErrorMapping;
import sunshine.app.web.JsonMappers;
import sunshine.app.web.MediaFiles;
import sunshine.app.web.QueryEncoding;
import sunshine.app.web.PebbleRenderer;
import sunshine.app.web.QuietJettyErrors;
import sunshine.app.web.SecurityHeaders;
import sunshine.index.PortalIndex;

/**
 * Builds the web app around an opened index. Returns it unstarted: the caller (the serve command, a test)
 * starts it on the port it wants. All state lives in the objects made here, none in static fields.
 */
public final class WebApp {
    private WebApp() {
    }

    public static Javalin create(PortalIndex index, WebOptions options) {
        return create(index, options, OpsOptions.embedded());
    }

    /** With the operational settings (limits, logs, admin token) the serve command takes from flags. */
    public static Javalin create(PortalIndex index, WebOptions options, OpsOptions ops) {
        PebbleRenderer renderer = new PebbleRenderer(options.cacheTemplates(), new HeadExtension(options.baseUrl(), index::calendar));
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.prefer405over404 = true; // POST to a page answers "not allowed", not "not found"
            config.jsonMapper(new JavalinJackson(JsonMappers.api(), false));
            config.fileRenderer(renderer);
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/public";
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Cache-Control", "public, max-age=3600");
            });
            config.jetty.modifyServer(server -> server.setErrorHandler(new QuietJettyErrors()));
            config.jetty.modifyHttpConfiguration(http -> http.setSendServerVersion(false));
            config.routes.before(new SecurityHeaders());
            config.routes.before(new QueryEncoding());
            new ErrorMapping().register(config.routes);
            Operations.register(config, index, ops, options.clock()); // #7: limits, /health, /ready, logs, admin
            PageRoutes.register(config.routes, index);
            SearchRoutes.register(config.routes, index);
            DocumentRoutes.register(config.routes, index, options.clock());
            ServiceRoutes.register(config.routes, index, options.clock());
            ApiRoutes.register(config.routes, index);
            MatchRoutes.register(config.routes, index, options.clock()); // #4 政策找人: /match, /desk, /api/match
            // Ecosystem (#8): OpenAPI and its docs page, HSDS export, Atom feeds, sitemap/robots/OpenSearch, /metrics
            OpenApiRoutes.register(config.routes, options.baseUrl());
            HsdsRoutes.register(config.routes, new ServiceDirectory(index, options.clock()), options.baseUrl());
            FeedRoutes.register(config.routes, index, options.baseUrl(), options.clock());
            DiscoveryRoutes.register(config.routes, index, options.baseUrl());
            MetricsRoutes.register(config, index);
            MediaFiles media = new MediaFiles(options.mediaDir());
            config.routes.get("/media/{file}", media);
            config.routes.head("/media/{file}", media); // players may ask for the size first; Javalin's own HEAD has none
        });
    }
}

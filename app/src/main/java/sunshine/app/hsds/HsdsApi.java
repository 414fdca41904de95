package sunshine.app.hsds;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import sunshine.app.services.ServiceDirectory;
import sunshine.index.search.InvalidRequestException;

/**
 * The HSDS 3.0 API subset the portal offers under {@code /api/hsds}: the API's root, the whole export as tables
 * (the shape of HSDS's {@code compiled/tabular.json}), services and organizations listed and by id, and the CSV zip.
 * The dataset is mapped per request: the directory is small (tens of points) and changes with each reindex.
 */
final class HsdsApi {
    private static final int MAX_PER_PAGE = 100;

    private final ServiceDirectory directory;
    private final HsdsMapper mapper;
    private final URI base;

    HsdsApi(ServiceDirectory directory, URI base) {
        this.directory = directory;
        this.mapper = new HsdsMapper(base);
        this.base = base;
    }

    void root(Context ctx) {
        send(ctx, HsdsJson.MAPPER.valueToTree(Map.of("version", Hsds.VERSION,
                "profile", "https://docs.openreferral.org/en/v3.0/",
                "openapi_url", base + "/api/openapi.json")));
    }

    void tabular(Context ctx) throws IOException {
        send(ctx, HsdsJson.MAPPER.valueToTree(dataset().tables()));
    }

    void services(Context ctx) throws IOException {
        HsdsDataset d = dataset();
        send(ctx, HsdsJson.page(d.services(), page(ctx), perPage(ctx), s -> HsdsJson.serviceListItem(d, s)));
    }

    void service(Context ctx) throws IOException {
        HsdsDataset d = dataset();
        String id = ctx.pathParam("id");
        send(ctx, HsdsJson.service(d, d.services().stream().filter(s -> s.id().equals(id) || s.id().equals(Hsds.id("service", id)))
                .findFirst().orElseThrow(() -> new NotFoundResponse("没有编号为 “" + id + "” 的服务。"))));
    }

    void organizations(Context ctx) throws IOException {
        HsdsDataset d = dataset();
        send(ctx, HsdsJson.page(d.organizations(), page(ctx), perPage(ctx), HsdsJson::row));
    }

    void organization(Context ctx) throws IOException {
        HsdsDataset d = dataset();
        String id = ctx.pathParam("id");
        send(ctx, HsdsJson.organization(d, d.organizations().stream().filter(o -> o.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundResponse("没有编号为 “" + id + "” 的机构。"))));
    }

    void zip(Context ctx) throws IOException {
        ctx.contentType("application/zip");
        ctx.header("Content-Disposition", "attachment; filename=\"sunshine-hsds.zip\"");
        ctx.disableCompression();
        HsdsCsv.write(dataset(), ctx.outputStream());
    }

    private HsdsDataset dataset() throws IOException {
        return mapper.map(directory.points(), directory.index().calendar());
    }

    private static void send(Context ctx, JsonNode body) {
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(body.toString());
    }

    private static int page(Context ctx) {
        return number(ctx, "page", 1, Integer.MAX_VALUE, 1);
    }

    private static int perPage(Context ctx) {
        return number(ctx, "per_page", 1, MAX_PER_PAGE, 50);
    }

    private static int number(Context ctx, String name, int min, int max, int fallback) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidRequestException(name, name + " 应是 " + min + " 到 " + (max == Integer.MAX_VALUE ? "更大" : max) + " 之间的整数。");
    }
}

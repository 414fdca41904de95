package sunshine.app.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * For the few errors Jetty answers before Javalin sees the request (a malformed URL or header): a short Chinese
 * message instead of Jetty's default page, with no stack trace, no cause and no server version.
 */
public final class QuietJettyErrors extends ErrorHandler {
    private static final String MESSAGE = "无法完成这个请求，请检查网址，或返回首页再试。";

    public QuietJettyErrors() {
        setShowStacks(false);
        setShowCauses(false);
        setShowMessageInTitle(false);
    }

    /**
     * Always UTF-8 (Jetty would otherwise pick ISO-8859-1 when the client names no charset, mangling Chinese), and
     * the same security headers as every other response.
     */
    @Override
    protected boolean generateAcceptableResponse(Request request, Response response, Callback callback, String contentType,
                                                 List<Charset> charsets, int code, String message, Throwable cause)
            throws IOException {
        response.getHeaders().put("Content-Security-Policy", SecurityHeaders.CSP);
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put("Referrer-Policy", "no-referrer");
        return super.generateAcceptableResponse(request, response, callback, contentType, List.of(StandardCharsets.UTF_8),
                code, message, cause);
    }

    @Override
    protected void writeErrorHtml(Request request, Writer writer, Charset charset, int code, String message, Throwable cause)
            throws IOException {
        writer.write("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>无法完成请求 - 阳光助残知识门户</title><link rel=\"stylesheet\" href=\"/css/portal.css\"></head>"
                + "<body><main id=\"main\" tabindex=\"-1\"><h1>无法完成请求（错误 " + code + "）</h1><p>" + MESSAGE
                + "</p><p><a href=\"/\">返回首页</a></p></main></body></html>\n");
    }

    @Override
    protected void writeErrorPlain(Request request, PrintWriter writer, int code, String message, Throwable cause) {
        writer.write(MESSAGE + "（错误 " + code + "）\n");
    }

    @Override
    protected void writeErrorJson(Request request, PrintWriter writer, int code, String message, Throwable cause) {
        writer.write("{\"error\":\"error\",\"message\":\"" + MESSAGE + "（错误 " + code + "）\"}");
    }
}

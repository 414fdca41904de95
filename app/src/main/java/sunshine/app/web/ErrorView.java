package sunshine.app.web;

/**
 * An error as a person reads it: a heading, a sentence saying what went wrong and what to do. {@code code} is
 * the machine name the API returns ({@code bad_request}, {@code not_found} …); {@code parameter} names the bad
 * query parameter of a 400, or is null.
 */
public record ErrorView(int status, String code, String heading, String message, String parameter) {

    public static ErrorView badRequest(String parameter, String message) {
        return new ErrorView(400, "bad_request", "请求有误", message, parameter);
    }

    public static ErrorView notFound(String message) {
        return new ErrorView(404, "not_found", "找不到这个页面",
                message != null ? message : "您要找的页面不存在，可能地址输错了，或者页面已经移走。", null);
    }

    /** {@code allowed}: the methods the address does take (e.g. "GET, HEAD" or "POST"), when known. */
    public static ErrorView methodNotAllowed(String allowed) {
        boolean postOnly = allowed != null && allowed.contains("POST") && !allowed.contains("GET");
        return new ErrorView(405, "method_not_allowed", "不支持这种请求", postOnly
                ? "这个地址只接受提交（POST），不能直接打开。请从表单提交。"
                : "这个地址只能用来查看（GET），不能提交数据。", null);
    }

    public static ErrorView serverError() {
        return new ErrorView(500, "server_error", "服务暂时出了问题",
                "系统出了点问题，我们会尽快处理。请稍后再试，或拨打 24 小时热线 59107070。", null);
    }

    public static ErrorView unauthorized() {
        return new ErrorView(401, "unauthorized", "需要授权", "这个地址只供管理员使用，需要有效的管理员令牌。", null);
    }

    public static ErrorView tooLarge(String message) {
        return new ErrorView(413, "too_large", "提交的内容太大",
                message != null ? message : "提交的内容超过了上限，请缩短后再试。", null);
    }

    public static ErrorView tooManyRequests(String message) {
        return new ErrorView(429, "too_many_requests", "请求太频繁",
                message != null ? message : "请求太频繁，请稍等几秒再试。", null);
    }

    /** Any other status Javalin or Jetty reports (503 …). */
    public static ErrorView other(int status) {
        return new ErrorView(status, "error", "无法完成请求", "这个请求无法完成（错误 " + status + "）。请返回首页再试。", null);
    }
}

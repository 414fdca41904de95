package sunshine.app.match;

/**
 * A request 政策找人 cannot take at all (not JSON, wrong type, too large). Its message is Chinese and never quotes
 * the request: the body is a person's private answers.
 */
final class RequestProblem extends RuntimeException {
    private final int status;
    private final String code;
    private final String parameter;

    RequestProblem(int status, String code, String parameter, String message) {
        super(message, null, false, false); // no stack trace: this is an answer, not a fault
        this.status = status;
        this.code = code;
        this.parameter = parameter;
    }

    static RequestProblem badRequest(String parameter, String message) {
        return new RequestProblem(400, "bad_request", parameter, message);
    }

    int status() { return status; }

    String code() { return code; }

    String parameter() { return parameter; }
}

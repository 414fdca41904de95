package sunshine.index.content;

/**
 * Something wrong in a content file, said so a clerk can fix it: the file (relative to the content folder), the
 * line (1-based, 0 when the whole file is meant) and a sentence in plain Chinese.
 */
public record Problem(String file, int line, Severity severity, String message) {

    public enum Severity {
        /** The file (or row) is skipped; for a broken eligibility rule, the rules are dropped and the document kept. */
        ERROR,
        /** The file is still served, but something should be fixed. */
        WARNING
    }

    public static Problem error(String file, int line, String message) {
        return new Problem(file, line, Severity.ERROR, message);
    }

    public static Problem warning(String file, int line, String message) {
        return new Problem(file, line, Severity.WARNING, message);
    }

    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line : file;
        return where + ": " + (severity == Severity.ERROR ? "错误" : "提醒") + "：" + message;
    }
}

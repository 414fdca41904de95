package sunshine.app.web;

/**
 * Facts every page shows (name, who runs it, the hotline). Available to all templates as {@code site}.
 * The hotline is real; the barrier-report e-mail address is an example until the 残联 publishes one.
 */
public record Site(String name, String owner, String hotlineName, String hotline, String reportEmail) {
    public static final Site JIADING = new Site("阳光助残知识门户", "上海市嘉定区残疾人联合会",
            "嘉定区阳光助残热线", "59107070", "wza@jiading-canlian.example");
}

package sunshine.app.web;

import java.util.List;

/**
 * What the shared page frame needs: the page name (the title becomes "页面名 - 阳光助残知识门户"), which main
 * navigation item is current, the breadcrumb trail and whether the header shows its search form.
 */
public record Layout(String title, Nav nav, List<Crumb> breadcrumbs, boolean headerSearch) {

    /** Main navigation items; NONE when the page is not one of them. */
    public enum Nav { HOME, SEARCH, MATCH, SERVICES, NEWS, ACCESSIBILITY, NONE }

    /**
     * The aria-current value for the current navigation item: "page" on the page the item links to, "true" on a
     * detail page inside its section (a 服务点 page is in 服务目录 but is not that page).
     */
    public String navCurrent() {
        return breadcrumbs.isEmpty() ? "page" : "true";
    }

    /** A top-level page: no breadcrumbs. */
    public static Layout page(String title, Nav nav) {
        return new Layout(title, nav, List.of(), nav != Nav.HOME);
    }

    /** The search results page: its own search box is the page's main form, so the header's is left out. */
    public static Layout searchPage(String title, Nav nav) {
        return new Layout(title, nav, List.of(), false);
    }

    /** A detail page: 首页 › section › this page. */
    public static Layout detail(String title, Nav nav, Crumb section) {
        List<Crumb> trail = section == null
                ? List.of(new Crumb("首页", "/"), new Crumb(title, null))
                : List.of(new Crumb("首页", "/"), section, new Crumb(title, null));
        return new Layout(title, nav, trail, true);
    }
}

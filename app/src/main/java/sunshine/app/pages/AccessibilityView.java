package sunshine.app.pages;

import java.util.List;

/** The accessibility statement: the standards the portal aims at and the ways to report a barrier. */
public record AccessibilityView(List<String> standards) {
    static final AccessibilityView CURRENT = new AccessibilityView(List.of(
            "《Web 内容无障碍指南》（WCAG）2.2 AA 级",
            "国家标准 GB/T 37668-2019《信息技术 互联网内容无障碍可访问性技术要求与测试方法》"));
}

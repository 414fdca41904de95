package sunshine.app.pages;

import java.time.LocalDate;
import java.util.List;

/**
 * The accessibility statement: the standards the portal is checked against, how each principle maps onto the
 * national standard, and the date of the last manual check. The rest of the statement is text in the template.
 */
public record AccessibilityView(List<String> standards, List<Principle> principles, LocalDate reviewed) {

    /** One of the four principles, named as GB/T 37668-2019 and WCAG 2.2 name it, and what the portal does for it. */
    public record Principle(String national, String wcag, String practice) {
    }

    static final AccessibilityView CURRENT = new AccessibilityView(
            List.of("《Web 内容无障碍指南》（WCAG）2.2 AA 级",
                    "国家标准 GB/T 37668-2019《信息技术 互联网内容无障碍可访问性技术要求与测试方法》"),
            List.of(
                    new Principle("可感知性", "可感知（WCAG 第 1 条）",
                            "手语视频配中文字幕和完整文字稿；文字与背景对比度达到 AA 级（高对比模式达到 AAA 级 7:1）；"
                                    + "页面在 320 像素宽、放大 400% 时不用左右拖动；加大行距和字距后文字不被裁掉。"),
                    new Principle("可操作性", "可操作（WCAG 第 2 条）",
                            "所有功能都能只用键盘完成；每页第一个链接“跳到主要内容”；焦点框醒目且不被遮挡；"
                                    + "没有时间限制和自动播放；导航链接和按钮至少 44 像素高。"),
                    new Principle("可理解性", "可理解（WCAG 第 3 条）",
                            "页面语言标为简体中文，外文片段另标语言；每页导航位置和求助热线一致；"
                                    + "每个输入框都有文字标签；出错页面用平常话说明原因和下一步。"),
                    new Principle("兼容性", "健壮（WCAG 第 4 条）",
                            "使用标准 HTML，不用脚本；每个控件都有名称和角色；搜索结果数放在读屏软件会自动读出的状态区域。")),
            LocalDate.of(2026, 11, 23));
}

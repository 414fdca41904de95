package sunshine.index.match;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The plain Chinese for conditions and facts, generated from the typed rule and the field's wording in
 * {@code profile-fields.yml}: “一级或二级”, “本市户籍”, “年龄至少16岁”, “持有残疾人证”.
 */
final class Phrases {
    private Phrases() {
    }

    /** What the leaf asks for (or, negated, asks against). */
    static String requirement(Condition.Leaf leaf, boolean negated) {
        ProfileField f = leaf.field();
        return switch (leaf) {
            case Condition.Equals e -> values(f, List.of(e.value()), negated);
            case Condition.OneOf o -> values(f, o.values(), negated);
            case Condition.AtLeast a -> f.label() + (negated ? "小于" : "至少") + a.bound() + unit(f);
            case Condition.AtMost a -> f.label() + (negated ? "大于" : "不超过") + a.bound() + unit(f);
            case Condition.Present p -> p.present() != negated ? some(f) : none(f);
        };
    }

    private static String values(ProfileField f, List<Object> values, boolean negated) {
        if (f.type() == FieldType.BOOLEAN && values.size() == 1) {
            return (Boolean) values.get(0) != negated ? yes(f) : no(f);
        }
        String joined = values.stream().map(v -> value(f, v)).collect(Collectors.joining("或"));
        if (f.type() == FieldType.NUMBER) {
            return f.label() + (negated ? "不是" : "为") + joined;
        }
        String template = f.wording().requirement();
        String said = template == null ? joined : template.replace("{}", joined);
        return negated ? "不是" + said : said;
    }

    /** A known value as said in a sentence: 外省市, 30岁, 持有残疾人证. */
    static String value(ProfileField f, Object v) {
        return switch (v) {
            case Boolean b -> b ? yes(f) : no(f);
            case Long n -> n + unit(f);
            default -> String.valueOf(v);
        };
    }

    /** 您的户籍为外省市 / 您持有残疾人证 / 您没有需要康复的孩子: the fact, as a clause. */
    static String fact(ProfileField f, Fact fact) {
        return switch (fact) {
            case Fact.NotApplicable n -> "您" + none(f);
            case Fact.Known k when f.type() == FieldType.BOOLEAN -> "您" + value(f, k.value());
            case Fact.Known k -> "您的" + f.label() + "为" + value(f, k.value());
            case Fact.BornOn b -> "您的" + f.label() + "按出生日期计算";
        };
    }

    /** 还不知道您的家庭经济状况 / 还不知道您是否独居. */
    static String unknown(ProfileField f) {
        return f.type() == FieldType.BOOLEAN && f.label().startsWith("是否") ? "还不知道您" + f.label() : "还不知道您的" + f.label();
    }

    static String yes(ProfileField f) {
        String yes = f.wording().yes();
        return yes != null ? yes : f.label().replaceFirst("^是否", "");
    }

    static String no(ProfileField f) {
        String no = f.wording().no();
        return no != null ? no : "不" + f.label().replaceFirst("^是否", "");
    }

    private static String some(ProfileField f) {
        return f.wording().some() != null ? f.wording().some() : "有" + f.label();
    }

    private static String none(ProfileField f) {
        return f.wording().none() != null ? f.wording().none() : "没有" + f.label();
    }

    private static String unit(ProfileField f) {
        return f.wording().unit() == null ? "" : f.wording().unit();
    }
}

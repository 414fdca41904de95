package sunshine.index.match;

/**
 * One fact (or stated need) read from the person's own words, for “我们理解为：…” with a way to correct it.
 * {@code value} is the form value ProfileParser reads (an option, 是/否, a number); {@code shown} says it in words
 * (残疾类别：视力, 没有残疾人证); {@code words} is what the person wrote that gave it, at [start, end) in their text.
 */
public record Understood(String field, String value, String shown, String words, int start, int end) {

    @Override
    public String toString() {
        return "Understood[" + field + "]";
    }
}

package sunshine.index.search;

import java.util.List;

/**
 * A stretch of the query ({@code start}..{@code end} of the folded text) read as something else: a colloquial
 * phrase as its official term, or pinyin or a homophone slip as the term it sounds like. {@code shownAs} is what
 * the page tells the person it searched for.
 */
public record Reading(int start, int end, String typed, List<String> alternatives, String shownAs, Kind kind) {
    public enum Kind { VOCABULARY, OFFENSIVE, PINYIN, HOMOPHONE }

    public Reading {
        alternatives = List.copyOf(alternatives);
    }
}

package sunshine.index.match;

/** Something heard that settles nothing on its own (“重度”, “不是低保”), with the words it came from. */
public record SituationNote(String words, String text) {

    @Override
    public String toString() {
        return "SituationNote";
    }
}

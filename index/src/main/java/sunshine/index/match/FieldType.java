package sunshine.index.match;

/** The kind of answer a profile field takes, as written in {@code profile-fields.yml}'s {@code type}. */
public enum FieldType {
    CHOICE("choice"),
    NUMBER("number"),
    BOOLEAN("boolean");

    private final String yaml;

    FieldType(String yaml) {
        this.yaml = yaml;
    }

    /** The word used in {@code profile-fields.yml} and handed to forms. */
    public String yaml() { return yaml; }

    static FieldType fromYaml(String s) {
        for (FieldType t : values()) {
            if (t.yaml.equals(s)) {
                return t;
            }
        }
        return null;
    }
}

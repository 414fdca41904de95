package sunshine.index.search;

/** A search request a person got wrong: which parameter, and a sentence saying what to do instead. */
public final class InvalidRequestException extends RuntimeException {
    private final String parameter;

    public InvalidRequestException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() { return parameter; }
}

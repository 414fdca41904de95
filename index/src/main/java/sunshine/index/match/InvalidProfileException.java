package sunshine.index.match;

import java.util.List;
import java.util.stream.Collectors;

/** Answers that could not be read; each error names its field. The message never repeats what was typed. */
public final class InvalidProfileException extends IllegalArgumentException {
    private final List<ProfileParser.FieldError> errors;

    public InvalidProfileException(List<ProfileParser.FieldError> errors) {
        super(errors.stream().map(ProfileParser.FieldError::message).collect(Collectors.joining(" ")));
        this.errors = List.copyOf(errors);
    }

    public List<ProfileParser.FieldError> errors() { return errors; }
}

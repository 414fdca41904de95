package sunshine.app.documents;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import sunshine.index.content.Policy;

/** A policy page: the record, whether it applies today, and its full text as vetted HTML. */
public record PolicyView(Policy policy, PolicyStatus status, SafeString body) {
}

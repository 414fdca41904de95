package sunshine.app.documents;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.List;
import sunshine.index.content.Faq;
import sunshine.index.content.Policy;

/** A question page: the record, the answer as vetted HTML and the related policies that exist. */
public record FaqView(Faq faq, SafeString answer, List<Policy> related) {
}

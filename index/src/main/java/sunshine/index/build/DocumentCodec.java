package sunshine.index.build;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import sunshine.index.content.ContentDocument;
import sunshine.index.content.DocType;
import sunshine.index.content.Faq;
import sunshine.index.content.NewsItem;
import sunshine.index.content.PlainDocument;
import sunshine.index.content.Policy;
import sunshine.index.content.ServicePoint;

/** Content records to and from the JSON stored in the index. */
public final class DocumentCodec {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private DocumentCodec() {
    }

    public static String toJson(ContentDocument doc) {
        try {
            return MAPPER.writeValueAsString(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ContentDocument fromJson(DocType type, String json) {
        Class<? extends ContentDocument> cls = switch (type) {
            case POLICY -> Policy.class;
            case FAQ -> Faq.class;
            case NEWS -> NewsItem.class;
            case SERVICE -> ServicePoint.class;
            case DOCUMENT -> PlainDocument.class;
        };
        try {
            return MAPPER.readValue(json, cls);
        } catch (IOException e) {
            throw new UncheckedIOException("stored document cannot be read back: " + e.getMessage(), e);
        }
    }
}

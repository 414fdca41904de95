package sunshine.app.jsonld;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes JSON-LD objects as {@code <script type="application/ld+json">} data blocks. Jackson writes the JSON, with
 * {@code <}, {@code >} and {@code &} escaped as {@code \u003c …}: text from content (a title with "&lt;/script&gt;")
 * can then never close the element or open a comment. A data block is not executed, so the pages' CSP
 * ({@code script-src 'none'}) stays as it is.
 */
public final class JsonLdScript {
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        JSON.getFactory().setCharacterEscapes(new HtmlSafeEscapes());
    }

    private JsonLdScript() {
    }

    public static SafeString render(List<ObjectNode> things) {
        StringBuilder out = new StringBuilder();
        for (ObjectNode thing : things) {
            out.append("<script type=\"application/ld+json\">").append(json(thing)).append("</script>\n");
        }
        return new SafeString(out.toString());
    }

    static String json(ObjectNode thing) {
        try {
            return JSON.writeValueAsString(thing);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Jackson's standard escapes plus the three characters that mean something to an HTML parser. */
    private static final class HtmlSafeEscapes extends CharacterEscapes {
        private final int[] escapes;

        HtmlSafeEscapes() {
            escapes = standardAsciiEscapesForJSON();
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}

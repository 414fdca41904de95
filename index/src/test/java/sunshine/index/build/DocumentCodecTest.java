package sunshine.index.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import sunshine.index.content.DocType;
import sunshine.index.content.PlainDocument;

/** The JSON stored in the index reads back as the record it was written from. */
class DocumentCodecTest {
    @Test
    void aPlainDocumentKeepsItsRegion() {
        PlainDocument d = new PlainDocument("law-a#第二条", "某某条例 第二条", "政府给予补贴。", LocalDate.of(2020, 1, 1),
                "text/markdown", "laws.jsonl.gz", "山东省");
        assertEquals(d, DocumentCodec.fromJson(DocType.DOCUMENT, DocumentCodec.toJson(d)));
    }

    @Test
    void aDocumentStoredBeforeRegionsReadsAsApplyingEverywhere() {
        String old = "{\"id\":\"doc-a\",\"title\":\"通知\",\"text\":\"正文\",\"date\":null,\"mediaType\":\"text/plain\","
                + "\"sourceFile\":\"documents/a.txt\"}";
        PlainDocument d = (PlainDocument) DocumentCodec.fromJson(DocType.DOCUMENT, old);
        assertEquals("通知", d.title());
        assertNull(d.region());
    }
}

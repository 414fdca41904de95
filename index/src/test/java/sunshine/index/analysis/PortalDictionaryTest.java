package sunshine.index.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortalDictionaryTest {

    @Test
    void resourceLoadsWithFieldTerms() {
        PortalDictionary dictionary = PortalDictionary.get();
        assertSame(dictionary, PortalDictionary.get(), "loaded once");
        assertTrue(dictionary.contains("残疾人证"));
        assertTrue(dictionary.contains("殘疾人證"), "lookups are folded");
        assertTrue(dictionary.terms().size() >= 200, "size " + dictionary.terms().size());
        for (String term :
                List.of(
                        "两项补贴", "困难残疾人生活补贴", "重度残疾人护理补贴", "阳光之家", "一网通办", "免申即享", "手语视频服务点",
                        "家庭无障碍改造", "社区事务受理服务中心", "随申办", "嘉定区", "上海市")) {
            assertTrue(dictionary.contains(term), term);
        }
        for (String street :
                List.of(
                        "新成路街道", "真新街道", "嘉定镇街道", "南翔镇", "江桥镇", "安亭镇", "马陆镇", "徐行镇", "华亭镇", "外冈镇",
                        "菊园新区", "嘉定工业区", "南翔", "安亭", "江桥", "马陆", "徐行", "华亭", "外冈", "菊园", "真新", "新成路")) {
            assertTrue(dictionary.contains(street), street);
        }
        assertFalse(dictionary.contains("盲人补贴"));
    }

    @Test
    void hanlpDictionaryCarriesNatures() {
        CoreDictionary.Attribute place = PortalDictionary.get().hanlpDictionary().get("南翔镇");
        assertNotNull(place);
        assertEquals(Nature.ns, place.nature[0]);
        CoreDictionary.Attribute plain = PortalDictionary.get().hanlpDictionary().get("助盲帽");
        assertEquals(Nature.nz, plain.nature[0]);
    }

    @Test
    void parsesCommentsNaturesAndFolding() {
        PortalDictionary d =
                PortalDictionary.parse(
                        new StringReader("\uFEFF# header\n\n殘疾人證 nz 5 n 3  # trailing comment\n  助残  \n"),
                        "test");
        assertEquals(List.of("残疾人证", "助残"), List.copyOf(d.terms()));
        CoreDictionary.Attribute a = d.hanlpDictionary().get("残疾人证");
        assertEquals(8, a.totalFrequency);
    }

    @Test
    void malformedLinesFailWithLineNumber() {
        UncheckedIOException e =
                assertThrows(
                        UncheckedIOException.class,
                        () -> PortalDictionary.parse(new StringReader("助残\n残疾人证 nz\n"), "dict.txt"));
        assertTrue(e.getMessage().startsWith("dict.txt:2: "), e.getMessage());
        e =
                assertThrows(
                        UncheckedIOException.class,
                        () -> PortalDictionary.parse(new StringReader("残疾人证 nope 3\n"), "dict.txt"));
        assertTrue(e.getMessage().contains("unknown HanLP nature 'nope'"), e.getMessage());
        e =
                assertThrows(
                        UncheckedIOException.class,
                        () -> PortalDictionary.parse(new StringReader("残疾人证 nz x\n"), "dict.txt"));
        assertTrue(e.getMessage().contains("positive integer"), e.getMessage());
        e =
                assertThrows(
                        UncheckedIOException.class,
                        () -> PortalDictionary.parse(new StringReader("12345热线\n"), "dict.txt"));
        assertTrue(e.getMessage().contains("Han characters only"), e.getMessage());
    }
}

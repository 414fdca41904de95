package sunshine.index.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JurisdictionTest {
    private final Jurisdiction here = new Jurisdiction(List.of("上海市", "嘉定区"));

    @Test
    void nationalAndUnstatedDocumentsApplyEverywhere() {
        assertTrue(here.covers(null));
        assertTrue(here.covers(" "));
        assertTrue(here.covers("全国"));
    }

    @Test
    void aPlaceIsTheSameWithOrWithoutItsSuffix() {
        assertTrue(here.covers("上海市"));
        assertTrue(here.covers("上海"));
        assertTrue(here.covers("嘉定区"));
        assertTrue(new Jurisdiction(List.of("上海")).covers("上海市"));
        assertEquals("内蒙古", Jurisdiction.place("内蒙古自治区"));
        assertEquals("香港", Jurisdiction.place("香港特别行政区"));
    }

    @Test
    void anotherPlaceIsNotCovered() {
        assertFalse(here.covers("山东省"));
        assertFalse(here.covers("北京市"));
        assertFalse(here.covers("浦东新区"));
    }

    @Test
    void aTextThatNamesAProvinceElsewhereIsAboutThatPlace() {
        long shandong = 1L << Jurisdiction.provinceCode("山东省");
        assertEquals(shandong, here.namedElsewhere("山东省实施残疾人保障法办法"));
        assertEquals(shandong | 1L << Jurisdiction.provinceCode("河南"), here.namedElsewhere("我在河南打工，老家山东"));
        assertEquals(0, here.namedElsewhere("上海市残疾人就业"), "the portal's own place");
        assertEquals(0, here.namedElsewhere("上海南翔镇阳光之家"), "上海 then 南翔, not 海南");
        assertEquals(0, here.namedElsewhere("工伤怎么赔"));
        assertEquals(0, Jurisdiction.EVERYWHERE.namedElsewhere("山东省实施残疾人保障法办法"), "no area: nothing is elsewhere");
        assertEquals(0, Jurisdiction.provinceCode("浦东新区"), "not a province");
        assertTrue(Jurisdiction.provinceCode("内蒙古自治区") > 0);
    }

    @Test
    void theAreaTravelsInTheIndexsCommitData() {
        assertEquals(here, Jurisdiction.fromCommitData(here.toCommitData()));
        assertEquals(Jurisdiction.EVERYWHERE, Jurisdiction.fromCommitData(null));
        assertEquals(Jurisdiction.EVERYWHERE, Jurisdiction.fromCommitData(Jurisdiction.EVERYWHERE.toCommitData()));
    }

    @Test
    void withoutAnAreaEveryRegionApplies() {
        assertTrue(Jurisdiction.EVERYWHERE.covers("山东省"));
        assertTrue(new Jurisdiction(List.of(" ")).covers("山东省"), "a blank line names no place");
    }

    @Test
    void theAreaIsReadFromAreaYmlAndOptional(@TempDir Path dir) throws Exception {
        List<Problem> problems = new ArrayList<>();
        assertEquals(Jurisdiction.EVERYWHERE, ContentLists.area(dir, problems));
        Files.writeString(dir.resolve("area.yml"), "# 本门户服务的地区\n- 上海市\n- 嘉定区\n");
        Jurisdiction read = ContentLists.area(dir, problems);
        assertEquals(List.of("上海", "嘉定区"), read.areas());
        assertFalse(read.covers("山东省"));
        assertEquals(List.of(), problems);
    }
}

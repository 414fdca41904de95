package sunshine.index.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuestionModeTest {
    @ParameterizedTest
    @ValueSource(strings = {"我妈妈瘫痪在床，家里低保，有什么补贴可以申请？", "配助听器政府给不给钱", "没人养活的残疾人政府管不管",
            "谁可以成为个体工商户？", "劳动者解除劳动合同的经济补偿金如何计算", "个体工商户营业执照上登记的经营者与实际经营者不一致"})
    void sentencesAndQuestionsAreQuestions(String text) {
        assertTrue(QuestionMode.isQuestion(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"残疾证怎么办", "残疾人证 补办", "护理补贴", "canjizheng buban", "辅俱适配", "嘉定区阳光之家", "什么"})
    void lookupsAreNot(String text) {
        assertFalse(QuestionMode.isQuestion(text), text);
    }
}

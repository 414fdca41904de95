package sunshine.index.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import sunshine.index.content.PlainDocument;

/**
 * The laws corpus ({@code laws.jsonl.gz}, read in place) as one document per article: id {@code <law id>#第N条},
 * title law name + article number, body the article's chapter heading (see {@link LawArticles}) and text. A law without any 第N条 line is one document, so its
 * text is not lost. Civil Code books are titled by their book (总则, 合同编 …); their articles get the Code's name.
 * A local regulation (category 山东地方法规 …) applies in its province only: its documents carry that region.
 */
public final class LawCorpus {
    static final String CIVIL_CODE = "中华人民共和国民法典";
    private static final String LOCAL = "地方法规";
    private static final Set<String> MUNICIPALITIES = Set.of("北京", "天津", "上海", "重庆");

    /** The documents and how they were made, for the report. */
    public record Loaded(List<PlainDocument> documents, int laws, int articles, int wholeLaws) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Law(String id, String title, String date, String category, String text) {
    }

    private LawCorpus() {
    }

    public static Loaded read(Path file) throws IOException {
        List<PlainDocument> docs = new ArrayList<>();
        int laws = 0;
        int whole = 0;
        try (Reader in = open(file); MappingIterator<Law> it = new ObjectMapper().readerFor(Law.class).readValues(in)) {
            while (it.hasNextValue()) {
                Law law = it.nextValue();
                laws++;
                List<LawArticles.Article> articles = LawArticles.split(law.text());
                if (articles.isEmpty()) {
                    whole++;
                    docs.add(document(law.id(), law.title(), law.text().replaceAll("(?m)^#+[ \\t\\u3000]*", ""), law));
                }
                String name = "民法典".equals(law.category()) ? CIVIL_CODE : law.title();
                for (LawArticles.Article a : articles) {
                    docs.add(document(law.id() + "#" + a.label(), name + " " + a.label(),
                            a.heading().isEmpty() ? a.text() : a.heading() + "\n" + a.text(), law));
                }
            }
        }
        return new Loaded(List.copyOf(docs), laws, docs.size() - whole, whole);
    }

    /** Gzip when the name ends in .gz, plain UTF-8 text otherwise. */
    static Reader open(Path file) throws IOException {
        InputStream raw = Files.newInputStream(file);
        InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static PlainDocument document(String id, String title, String text, Law law) {
        return new PlainDocument(id, title, text, date(law.date()), "text/markdown", "laws.jsonl.gz", region(law.category()));
    }

    /** 山东地方法规 → 山东省, 上海地方法规 → 上海市; null (national) for every other category. */
    static String region(String category) {
        if (category == null || !category.endsWith(LOCAL) || category.length() == LOCAL.length()) {
            return null;
        }
        String place = category.substring(0, category.length() - LOCAL.length());
        return place + (MUNICIPALITIES.contains(place) ? "市" : "省");
    }

    private static LocalDate date(String s) {
        try {
            return s == null ? null : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

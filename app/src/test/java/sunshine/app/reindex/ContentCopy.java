package sunshine.app.reindex;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A copy of the shipped content in a temp folder, which a test may grow with generated questions. */
final class ContentCopy {
    private ContentCopy() {
    }

    static Path of(Path target) throws IOException {
        Path source = Path.of("../content").toAbsolutePath().normalize();
        try (Stream<Path> s = Files.walk(source)) {
            for (Path p : s.toList()) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return target;
    }

    /** Adds {@code count} valid FAQ files (about 2,000 characters each) under faqs/gen/ … as faqs/gen-N.md. */
    static void addGeneratedFaqs(Path content, int count) throws IOException {
        String body = "残疾人可以向户籍所在地街镇社区事务受理服务中心申请补贴，需要带身份证、残疾人证和户口簿。".repeat(40);
        for (int i = 0; i < count; i++) {
            String id = "faq-gen-" + i;
            Files.writeString(content.resolve("faqs").resolve(id + ".md"), "---\nid: " + id + "\nquestion: 生成的问题第" + i
                    + "号：补贴怎么申请？\ncategory: 补贴\nupdated: 2024-04-02\nsample: true\n---\n" + body + i + "\n", StandardCharsets.UTF_8);
        }
    }

    static void removeGeneratedFaqs(Path content) throws IOException {
        try (Stream<Path> s = Files.list(content.resolve("faqs"))) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith("faq-gen-")).toList()) {
                Files.delete(p);
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

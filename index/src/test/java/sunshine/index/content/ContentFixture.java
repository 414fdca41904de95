package sunshine.index.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small content folders for tests: the lists, plus whatever files a test adds. */
public final class ContentFixture {
    private final Path root;

    public ContentFixture(Path root) throws IOException {
        this.root = root;
        write("topics.yml", "- 补贴\n- 残疾人证\n- 证件办理\n- 法律援助\n");
        write("streets.yml", "- 南翔镇\n- 安亭镇\n");
    }

    public Path root() { return root; }

    public ContentFixture write(String relative, String text) throws IOException {
        return write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    public ContentFixture write(String relative, byte[] bytes) throws IOException {
        Path p = root.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return this;
    }

    public static String policy(String id, String title) {
        return """
                ---
                id: %s
                title: %s
                summary: 持证的残疾人可以申请。每月发放。
                issuer: 上海市残疾人联合会
                published: 2024-01-01
                effective_from: 2024-01-01
                region: 上海市
                topics: [补贴]
                apply:
                  where: 街镇社区事务受理服务中心
                  channels: [一网通办, 窗口]
                  materials: [残疾人证, 身份证]
                ---
                ## 适用对象
                持有残疾人证的本市户籍残疾人，可以申请%s。
                """.formatted(id, title, title);
    }

    public static final String SERVICES_HEADER =
            "id,name,type,organization,street,address,hours,phone,offers,accessibility,languages,status,verified,lat,lon,sample\n";

    public static String serviceRow(String id, String name, String street) {
        return id + "," + name + ",阳光之家,镇残联," + street + ",嘉定区某路1号,周一至周五 08:30-16:30,021-59000000,日间照料,坡道；手语,普通话；手语,开放,2025-01-02,31.3,121.3,true\n";
    }
}

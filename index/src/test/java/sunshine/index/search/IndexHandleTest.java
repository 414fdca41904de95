package sunshine.index.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.facet.LabelAndValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sunshine.index.PortalIndex;
import sunshine.index.build.Fields;
import sunshine.index.build.IndexStore;
import sunshine.index.content.ContentFixture;

class IndexHandleTest {
    @TempDir
    Path dir;

    /** Every search that might name a 街镇 reads the 街镇 values; requests run on many threads at once. */
    @Test
    void facetValuesReadFromManyThreadsAtOnceAreAllTheSame() throws Exception {
        ContentFixture f = new ContentFixture(dir.resolve("content"));
        StringBuilder services = new StringBuilder(ContentFixture.SERVICES_HEADER);
        String[] streets = {"南翔镇", "安亭镇", "马陆镇", "徐行镇", "华亭镇", "外冈镇", "江桥镇", "新成路街道", "真新街道", "菊园新区"};
        for (int i = 0; i < streets.length; i++) {
            services.append(ContentFixture.serviceRow("svc-" + i, streets[i] + "阳光之家", streets[i]));
        }
        f.write("services/s.csv", services.toString());
        f.write("streets.yml", "- " + String.join("\n- ", streets) + "\n");
        try (PortalIndex index = new PortalIndex(f.root(), dir.resolve("index"), 1)) {
            index.open(PortalIndex.Progress.none());
        }
        Path generation = new IndexStore(dir.resolve("index")).current().orElseThrow();
        try (IndexHandle handle = new IndexHandle(generation);
             ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<List<String>>> reads = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                reads.add(pool.submit(() -> {
                    List<String> labels = new ArrayList<>();
                    for (int j = 0; j < 20; j++) {
                        labels = handle.allValues(Fields.FACET_STREET).stream().map(LabelAndValue::toString).toList();
                    }
                    return labels;
                }));
            }
            List<String> first = reads.get(0).get();
            assertEquals(streets.length, first.size(), first.toString());
            for (Future<List<String>> read : reads) {
                assertEquals(first, read.get());
            }
        }
    }
}

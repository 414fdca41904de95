package sunshine.index.semantic;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/** A stand-in model for tests that need no meaning: a fixed unit vector per text, and a count of calls. */
final class CountingEmbedder implements Embedder {
    final AtomicInteger documents = new AtomicInteger();

    @Override
    public String modelId() {
        return "counting-8";
    }

    @Override
    public int dimensions() {
        return 8;
    }

    @Override
    public float[] embedDocument(String text) {
        documents.incrementAndGet();
        return vector(text);
    }

    @Override
    public float[] embedQuery(String text) {
        return vector(text);
    }

    private static float[] vector(String text) {
        float[] v = new float[8];
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < b.length; i++) {
            v[i % 8] += (b[i] & 0xff) + 1;
        }
        float norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        for (int i = 0; i < 8; i++) {
            v[i] /= (float) Math.sqrt(norm);
        }
        return v;
    }
}

package sunshine.index.semantic;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * BGE-small-zh v1.5, int8-quantised (512 dimensions), run in process by ONNX Runtime. The model and its tokenizer
 * ship inside the langchain4j jar: nothing is downloaded. Each call runs on the caller's thread with one ONNX thread,
 * so a question costs one core for a few milliseconds and concurrent requests do not fight over cores.
 */
public final class BgeSmallZh implements Embedder {
    public static final String MODEL_ID = "bge-small-zh-v1.5-q";
    private static final String MODEL = "bge-small-zh-v1.5-q.onnx";
    private static final String TOKENIZER = "bge-small-zh-v1.5-q-tokenizer.json";

    private final Model model;

    private BgeSmallZh(Model model) {
        this.model = model;
    }

    /** Loads the model from the classpath (about a second); throws if it or ONNX Runtime cannot be loaded. */
    public static BgeSmallZh load() {
        ClassLoader loader = BgeSmallZh.class.getClassLoader();
        try (InputStream onnx = loader.getResourceAsStream(MODEL); InputStream tokenizer = loader.getResourceAsStream(TOKENIZER)) {
            if (onnx == null || tokenizer == null) {
                throw new IllegalStateException(MODEL + " is not on the classpath");
            }
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            OrtSession session = env.createSession(onnx.readAllBytes(), options);
            return new BgeSmallZh(new Model(new OnnxBertBiEncoder(env, session, tokenizer, PoolingMode.CLS)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime could not load " + MODEL + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String modelId() {
        return MODEL_ID;
    }

    @Override
    public int dimensions() {
        return 512;
    }

    @Override
    public float[] embedDocument(String text) {
        return model.embed(text).content().vector();
    }

    @Override
    public float[] embedQuery(String text) {
        return model.embed(text).content().vector();
    }

    /** langchain4j's in-process model around our own ONNX session (its stock one uses every core per call). */
    private static final class Model extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        Model(OnnxBertBiEncoder encoder) {
            super(Runnable::run);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return 512;
        }
    }
}

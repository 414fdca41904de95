package sunshine.index.semantic;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * Document vectors already computed, keyed by SHA-256 of the model id and the embedded text, so a reindex of
 * unchanged text embeds nothing. One append-only file per model in the cache folder (by default
 * {@code <index root>/vectors/}, beside the generations): records of key (32 bytes) + vector (little-endian floats).
 * Only keys and file offsets are held in memory; vectors are read back on demand. A record cut short by a crash is
 * dropped on open and written again later.
 */
public final class VectorCache implements Closeable {
    private final String modelId;
    private final int dimensions;
    private final int recordBytes;
    private final FileChannel file;
    private final Map<String, Long> offsets = new HashMap<>();
    private long end;

    public VectorCache(Path dir, String modelId, int dimensions) throws IOException {
        this.modelId = modelId;
        this.dimensions = dimensions;
        this.recordBytes = 32 + 4 * dimensions;
        Files.createDirectories(dir);
        this.file = FileChannel.open(dir.resolve(modelId.replaceAll("[^A-Za-z0-9._-]", "_") + ".f32"),
                StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        load();
    }

    private void load() throws IOException {
        long size = file.size();
        end = size - size % recordBytes;
        ByteBuffer key = ByteBuffer.allocate(32);
        for (long at = 0; at < end; at += recordBytes) {
            key.clear();
            readFully(key, at);
            offsets.put(HexFormat.of().formatHex(key.array()), at + 32);
        }
        file.truncate(end);
    }

    public String key(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(modelId.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The cached vector of this embedded text, if any. */
    public Optional<float[]> get(String text) throws IOException {
        Long at;
        synchronized (this) {
            at = offsets.get(key(text));
        }
        if (at == null) {
            return Optional.empty();
        }
        ByteBuffer b = ByteBuffer.allocate(4 * dimensions).order(ByteOrder.LITTLE_ENDIAN);
        readFully(b, at);
        float[] v = new float[dimensions];
        b.flip().asFloatBuffer().get(v);
        return Optional.of(v);
    }

    public synchronized void put(String text, float[] vector) throws IOException {
        if (vector.length != dimensions) {
            throw new IllegalArgumentException("vector has " + vector.length + " dimensions, not " + dimensions);
        }
        String key = key(text);
        if (offsets.containsKey(key)) {
            return;
        }
        ByteBuffer b = ByteBuffer.allocate(recordBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.put(HexFormat.of().parseHex(key));
        b.asFloatBuffer().put(vector);
        b.position(recordBytes).flip();
        while (b.hasRemaining()) {
            file.write(b, end + b.position());
        }
        offsets.put(key, end + 32);
        end += recordBytes;
    }

    public synchronized int size() {
        return offsets.size();
    }

    private void readFully(ByteBuffer b, long at) throws IOException {
        while (b.hasRemaining()) {
            if (file.read(b, at + b.position()) < 0) {
                throw new IOException("vector cache ends early at " + at);
            }
        }
    }

    @Override
    public void close() throws IOException {
        file.force(false);
        file.close();
    }
}

package sunshine.index.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A hash of every file under the content folder (names and bytes) and of the index schema version: equal
 * fingerprints mean the existing index is up to date and need not be rebuilt.
 */
public final class ContentFingerprint {
    private ContentFingerprint() {
    }

    public static String of(Path contentRoot) throws IOException {
        MessageDigest md = sha256();
        md.update(("schema " + Fields.SCHEMA_VERSION + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        List<Path> files;
        try (Stream<Path> s = Files.walk(contentRoot)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        byte[] buf = new byte[64 * 1024];
        for (Path f : files) {
            md.update(contentRoot.relativize(f).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            md.update((byte) 0);
            try (InputStream in = new DigestInputStream(Files.newInputStream(f), md)) {
                while (in.read(buf) != -1) {
                    // digesting
                }
            }
            md.update((byte) 0);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

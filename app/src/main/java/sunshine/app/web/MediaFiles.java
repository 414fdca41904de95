package sunshine.app.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;

/**
 * Serves the sign-language videos and their captions from the media folder at {@code /media/{file}}, with byte
 * ranges: browsers (Safari in particular) seek in and sometimes only play a video whose server answers Range with
 * 206. Javalin's static file handler does not do ranges, hence this small handler. Only files directly in the
 * folder with a known media extension are served; anything else is a 404.
 */
public final class MediaFiles implements Handler {
    private static final Map<String, String> TYPES = Map.of(
            "webm", "video/webm", "mp4", "video/mp4", "vtt", "text/vtt; charset=utf-8");

    private final Path root;

    public MediaFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void handle(Context ctx) throws IOException {
        String name = ctx.pathParam("file");
        Path file = resolve(name).orElseThrow(() -> new NotFoundResponse("找不到这个视频或字幕文件。"));
        long size = Files.size(file);
        ctx.header("Accept-Ranges", "bytes");
        ctx.header("Cache-Control", "public, max-age=86400");
        ctx.contentType(TYPES.get(extension(name)));
        ctx.disableCompression();
        switch (ByteRange.parse(ctx.header("Range"), size)) {
            case ByteRange.Whole w -> send(ctx, file, new ByteRange(0, size - 1), size);
            case ByteRange.Part p -> {
                ctx.status(206);
                ctx.header("Content-Range", "bytes " + p.range().start() + "-" + p.range().end() + "/" + size);
                send(ctx, file, p.range(), size);
            }
            case ByteRange.Unsatisfiable u -> {
                ctx.status(416);
                ctx.header("Content-Range", "bytes */" + size);
            }
        }
    }

    /** A plain file name with a media extension, inside the folder; never a path that climbs out of it. */
    private Optional<Path> resolve(String name) {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,200}") || !TYPES.containsKey(extension(name))) {
            return Optional.empty();
        }
        Path file = root.resolve(name).normalize();
        return file.getParent().equals(root) && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private static void send(Context ctx, Path file, ByteRange range, long size) throws IOException {
        ctx.header("Content-Length", Long.toString(size == 0 ? 0 : range.length()));
        if (size == 0 || ctx.method().name().equals("HEAD")) {
            return;
        }
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            OutputStream out = ctx.outputStream();
            WritableByteChannel target = Channels.newChannel(out);
            long pos = range.start();
            long left = range.length();
            while (left > 0) {
                long n = in.transferTo(pos, left, target);
                if (n <= 0) {
                    break;
                }
                pos += n;
                left -= n;
            }
            out.flush();
        }
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}

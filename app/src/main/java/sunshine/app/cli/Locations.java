package sunshine.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the content and the index live; flags win over environment variables, which win over defaults. */
final class Locations {
    @Option(names = "--content", defaultValue = "${env:PORTAL_CONTENT:-content}",
            description = "content folder (env PORTAL_CONTENT, default: ${DEFAULT-VALUE})")
    Path content;

    @Option(names = "--index", defaultValue = "${env:PORTAL_INDEX:-var/index}",
            description = "index folder (env PORTAL_INDEX, default: ${DEFAULT-VALUE})")
    Path index;

    @Option(names = "--threads", defaultValue = "${env:PORTAL_INDEX_THREADS:-0}",
            description = "indexing threads, 0 = one per core (env PORTAL_INDEX_THREADS)")
    int threads;

    int indexThreads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }
}

package sunshine.app.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * A "go back to" address that is safe to redirect to: a path on this site ({@code /policy/x?y=1}), never another
 * site. Rejected: anything not starting with one {@code /} ({@code //evil.example}, {@code https://…},
 * {@code javascript:…}), backslashes (browsers read {@code /\evil.example} as another host), control characters and
 * spaces, and overlong values. Non-ASCII characters are percent-encoded, so the Location header stays ASCII.
 */
public final class LocalPath {
    static final int MAX_LENGTH = 2000;

    private LocalPath() {
    }

    public static Optional<String> of(String raw) {
        if (raw == null || raw.isEmpty() || raw.length() > MAX_LENGTH || raw.charAt(0) != '/' || raw.startsWith("//")) {
            return Optional.empty();
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c <= ' ' || c == 0x7f || c == '\\') {
                return Optional.empty();
            }
        }
        try {
            URI uri = new URI(raw);
            boolean local = uri.getScheme() == null && uri.getRawAuthority() == null
                    && uri.getRawPath() != null && uri.getRawPath().startsWith("/");
            return local ? Optional.of(uri.toASCIIString()) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}

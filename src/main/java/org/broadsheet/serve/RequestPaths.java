package org.broadsheet.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the path of a request into the path of a site file, or nothing. This is the guard against requests for files
 * outside the site: a {@code .} or {@code ..} segment (raw or percent-encoded), a backslash, a control character or a
 * malformed encoding gives nothing, which the server answers with 404. Decoding happens exactly once, so a
 * double-encoded {@code %252e%252e} stays the harmless name {@code %2e%2e}.
 */
final class RequestPaths {

    private RequestPaths() {
    }

    /**
     * @param rawPath the request's path as sent, still percent-encoded
     * @return the site path ({@code tags/index.html}); a path ending in {@code /} names the folder's index.html
     */
    static Optional<String> toSitePath(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return Optional.of("index.html");
        }
        if (!rawPath.startsWith("/") || rawPath.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        Optional<String> decoded = decode(rawPath);
        if (decoded.isEmpty()) {
            return Optional.empty();
        }
        String path = decoded.get();
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..") || segment.chars().anyMatch(c -> c == '\\' || c < 0x20 || c == 0x7f)) {
                return Optional.empty();
            }
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        String joined = String.join("/", segments);
        if (segments.isEmpty()) {
            return Optional.of("index.html");
        }
        return Optional.of(path.endsWith("/") ? joined + "/index.html" : joined);
    }

    /** Strict percent-decoding into UTF-8; '+' is a plus in a path. */
    private static Optional<String> decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return Optional.empty();
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return Optional.empty();
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c <= 0xff) {
                bytes.write(c); // the JDK server reads the request line byte by byte (ISO-8859-1)
            } else {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}

package org.broadsheet.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.broadsheet.error.SourcePosition;

import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Links from one content file to another, written as the file's path: {@code [earlier](../04/talks.md)} as on GitHub
 * and in Hugo's and Jekyll's relative links, {@code /2024/04/talks.md} from the content folder, or Pelican's
 * {@code {filename}talks.md}. The build publishes them at the linked article's or page's address, so a link survives a
 * change of slug or permalink, and an editor browsing {@code content/} on GitHub follows the same links.
 */
public final class LocalLinks {

    private LocalLinks() {
    }

    /**
     * A link to a content file: {@code destination} as the Markdown writes it (escapes undone), {@code path} the file
     * it names (%-escapes undone), from the content folder when {@code fromRoot}, else from the linking file's folder;
     * {@code suffix} the {@code ?query} and {@code #fragment} after it, kept on the address.
     */
    public record LocalLink(String destination, String path, boolean fromRoot, String suffix) {

        /** The file it links to, from the linking {@code file} in the content folder {@code contentRoot}. */
        public Path target(Path file, Path contentRoot) {
            Path from = fromRoot ? contentRoot : file.toAbsolutePath().getParent();
            return from.resolve(fromRoot ? path.substring(1) : path).normalize();
        }
    }

    /** Pelican's prefixes for a link to another content file: today's, and the one before Pelican 3.5. */
    private static final List<String> PELICAN_PREFIXES = List.of("{filename}", "|filename|");

    /**
     * Whether {@code markdown} may hold a link to a content file: it has ".md" or ".markdown" (any case). Most texts
     * have neither and are never parsed for links.
     */
    public static boolean mayHold(String markdown) {
        for (int i = markdown.indexOf('.'); i >= 0; i = markdown.indexOf('.', i + 1)) {
            if (markdown.regionMatches(true, i + 1, "md", 0, 2) || markdown.regionMatches(true, i + 1, "markdown", 0, 8)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The links to content files in {@code text}, each destination once, in the order they are written: links and
     * link reference definitions, not images, and nothing in code.
     */
    public static List<LocalLink> in(Markdown markdown, String text) {
        if (!mayHold(text)) {
            return List.of();
        }
        Set<String> destinations = new LinkedHashSet<>();
        collect(markdown.parseForLinks(text), destinations);
        List<LocalLink> links = new ArrayList<>();
        for (String destination : destinations) {
            parse(destination).ifPresent(links::add);
        }
        return List.copyOf(links);
    }

    /** Walks the tree without recursion: Markdown may nest deeper than the stack. */
    private static void collect(Node root, Set<String> destinations) {
        Node node = root.getFirstChild();
        while (node != null) {
            if (node instanceof Link link) {
                destinations.add(link.getUrl().unescape());
            } else if (node instanceof Reference reference) {
                destinations.add(reference.getUrl().unescape());
            }
            Node next = node.getFirstChild();
            for (Node up = node; next == null && up != null && up != root; up = up.getParent()) {
                next = up.getNext();
            }
            node = next;
        }
    }

    /** {@code destination} as a link to a content file, or empty when it links elsewhere. */
    static Optional<LocalLink> parse(String destination) {
        String written = destination;
        for (String prefix : PELICAN_PREFIXES) {
            if (written.startsWith(prefix)) {
                written = written.substring(prefix.length());
            }
        }
        int end = firstOf(written, "?#");
        String path = written.substring(0, end);
        int colon = path.indexOf(':');
        if (path.isEmpty() || path.startsWith("//") || colon >= 0 && colon < firstOf(path, "/")) {
            return Optional.empty(); // an address of its own (https:, mailto:…), or only a #fragment
        }
        try {
            path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a broken %-escape names no file
        }
        String lower = path.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".md") && !lower.endsWith(".markdown") || path.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        return Optional.of(new LocalLink(destination, path, path.startsWith("/"), written.substring(end)));
    }

    private static int firstOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }

    /**
     * Where {@code file} writes {@code destination}: the first line after the front matter that holds it, for a
     * problem to name. Only the destinations are kept, and a bad link is rare enough to read the file again for it.
     */
    public static SourcePosition positionIn(Path file, String destination) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            int first = 0;
            if (!lines.isEmpty() && lines.get(0).strip().equals("---")) {
                for (first = 1; first < lines.size() && !lines.get(first).strip().equals("---"); first++) {
                    // the front matter's lines
                }
            }
            for (int i = first; i < lines.size(); i++) {
                if (lines.get(i).contains(destination)) {
                    return SourcePosition.of(file, i + 1);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // the file alone, then
        }
        return SourcePosition.of(file);
    }
}

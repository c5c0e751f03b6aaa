package org.broadsheet.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.broadsheet.error.SourcePosition;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * The links of a text that lead to other parts of the site by what they are rather than by address: another content
 * file by its path ({@code [earlier](../04/talks.md)}, as on GitHub and in Hugo's and Jekyll's relative links;
 * {@code /2024/04/talks.md} from the content folder; Pelican's {@code {filename}talks.md}), and a tag by its name
 * (Pelican's {@code {tag}council}). The build publishes them at their address, so a link survives a change of slug or
 * permalink. Pelican's other placeholders are found too, to be warned of.
 */
public final class LocalLinks {

    private LocalLinks() {
    }

    /** What a link leads to. */
    public enum Kind {
        /** another content file: {@link LocalLink#path} is its path */
        FILE,
        /** a tag's page: {@link LocalLink#path} is the tag's name */
        TAG,
        /** a Pelican placeholder Broadsheet does not read: {@link LocalLink#path} is the placeholder */
        UNREAD
    }

    /**
     * A link of {@code kind}: {@code destination} as the Markdown writes it (escapes undone), {@code path} what it
     * names (a file: %-escapes undone, from the content folder when {@code fromRoot}, else from the linking file's
     * folder), {@code suffix} the {@code ?query} and {@code #fragment} after it, kept on the address; {@code offset}
     * where the text first writes it.
     */
    public record LocalLink(String destination, Kind kind, String path, boolean fromRoot, String suffix, int offset) {

        /** The file it links to, from the linking {@code file} in the content folder {@code contentRoot}. */
        public Path target(Path file, Path contentRoot) {
            Path from = fromRoot ? contentRoot : file.toAbsolutePath().getParent();
            return from.resolve(fromRoot ? path.substring(1) : path).normalize();
        }

        LocalLink at(int offset) {
            return new LocalLink(destination, kind, path, fromRoot, suffix, offset);
        }
    }

    /** Pelican's placeholders that name another content file: today's, and the one before Pelican 3.5. */
    private static final List<String> FILENAME = List.of("{filename}", "|filename|");
    /** Pelican's placeholder for a tag's page. */
    private static final List<String> TAG = List.of("{tag}", "|tag|");
    /** The placeholders a text links by in Pelican that Broadsheet publishes without them ({@code {static}/x.png}). */
    public static final List<String> READ_AS_ADDRESSES = List.of("{static}", "|static|", "{index}", "|index|");

    /**
     * Whether {@code markdown} may hold such a link: it has ".md" or ".markdown" (any case) ending a name, or a
     * Pelican placeholder at the start of a destination. Most texts have neither and are never parsed for links.
     */
    public static boolean mayHold(String markdown) {
        for (int i = markdown.indexOf('.'); i >= 0; i = markdown.indexOf('.', i + 1)) {
            int end = markdown.regionMatches(true, i + 1, "md", 0, 2) ? i + 3
                    : markdown.regionMatches(true, i + 1, "markdown", 0, 8) ? i + 9 : -1;
            if (end > 0 && (end == markdown.length() || ")#?>\"' \t\n".indexOf(markdown.charAt(end)) >= 0)) {
                return true;
            }
        }
        return mayLinkWith(markdown, "{|");
    }

    /**
     * Whether {@code text} may have a link or image whose destination starts with {@code /}, {@code {} or {@code |}:
     * such a character after {@code ](} or {@code ]:} (spaces and line breaks, then a {@code <}, allowed between),
     * where every destination of an inline link or a reference definition begins. Most texts have none.
     */
    public static boolean mayLinkFromRoot(String text) {
        return mayLinkWith(text, "/{|");
    }

    /** Whether a destination of {@code text} may start with one of {@code firsts}, as {@link #mayLinkFromRoot} finds. */
    private static boolean mayLinkWith(String text, String firsts) {
        for (int at = text.indexOf(']'); at >= 0 && at + 1 < text.length(); at = text.indexOf(']', at + 1)) {
            char next = text.charAt(at + 1);
            if (next == '(' || next == ':') {
                int i = at + 2;
                while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                if (i < text.length() && text.charAt(i) == '<') {
                    i++;
                }
                if (i < text.length() && firsts.indexOf(text.charAt(i)) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }


    /**
     * The links in {@code text} that lead to content files or tags, or use a placeholder Broadsheet does not read,
     * each destination once, in the order they are first written: links and link reference definitions (images only
     * for placeholders), nothing in code.
     */
    public static List<LocalLink> in(Markdown markdown, String text) {
        if (!mayHold(text)) {
            return List.of();
        }
        Map<String, LocalLink> found = new LinkedHashMap<>();
        Node root = markdown.parseForLinks(text);
        Node node = root.getFirstChild();
        while (node != null) { // without recursion: Markdown may nest deeper than the stack
            BasedSequence url = node instanceof Link link ? link.getUrl()
                    : node instanceof Reference reference ? reference.getUrl()
                    : node instanceof Image image ? image.getUrl() : null;
            if (url != null) {
                String destination = url.unescape();
                boolean image = node instanceof Image;
                int offset = node.getStartOffset();
                if (!found.containsKey(destination)) {
                    parse(destination).filter(l -> !image || l.kind() == Kind.UNREAD)
                            .ifPresent(l -> found.put(destination, l.at(offset)));
                }
            }
            Node next = node.getFirstChild();
            for (Node up = node; next == null && up != null && up != root; up = up.getParent()) {
                next = up.getNext();
            }
            node = next;
        }
        return List.copyOf(found.values());
    }

    /** {@code destination} as such a link, or empty when it links elsewhere. */
    static Optional<LocalLink> parse(String destination) {
        String written = destination;
        if (written.startsWith("{") || written.startsWith("|")) {
            for (String prefix : TAG) {
                if (written.startsWith(prefix)) {
                    String name = written.substring(prefix.length());
                    int end = firstOf(name, "?#");
                    return Optional.of(new LocalLink(destination, Kind.TAG, decoded(name.substring(0, end)).orElse(name.substring(0, end)),
                            false, name.substring(end), 0));
                }
            }
            String prefix = FILENAME.stream().filter(written::startsWith).findFirst().orElse(null);
            if (prefix == null) {
                int close = written.indexOf(written.charAt(0) == '{' ? '}' : '|', 1);
                String placeholder = close > 1 ? written.substring(0, close + 1) : "";
                String rest = written.substring(placeholder.length());
                // {static} and {index} are addresses from the site root; {static} from the file's folder is not
                boolean read = READ_AS_ADDRESSES.contains(placeholder)
                        && (placeholder.contains("index") || rest.startsWith("/"));
                return placeholder.matches("[{|][a-z]+[}|]") && !read
                        ? Optional.of(new LocalLink(destination, Kind.UNREAD, placeholder, false, "", 0)) : Optional.empty();
            }
            Optional<LocalLink> file = file(destination, written.substring(prefix.length()));
            return file.isPresent() ? file : Optional.of(new LocalLink(destination, Kind.UNREAD, prefix, false, "", 0));
        }
        return file(destination, written);
    }

    private static Optional<LocalLink> file(String destination, String written) {
        int end = firstOf(written, "?#");
        String path = written.substring(0, end);
        int colon = path.indexOf(':');
        if (path.isEmpty() || path.startsWith("//") || colon >= 0 && colon < firstOf(path, "/")) {
            return Optional.empty(); // an address of its own (https:, mailto:…), or only a #fragment
        }
        Optional<String> decoded = decoded(path);
        if (decoded.isEmpty()) {
            return Optional.empty(); // a broken %-escape names no file
        }
        path = decoded.get();
        String lower = path.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".md") && !lower.endsWith(".markdown") || path.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        return Optional.of(new LocalLink(destination, Kind.FILE, path, path.startsWith("/"), written.substring(end), 0));
    }

    /** {@code text} with its %-escapes undone ({@code +} is a plus), or empty when one is broken. */
    private static Optional<String> decoded(String text) {
        try {
            return Optional.of(URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Where the path of {@code destination} ends: at its query or fragment, or its end. */
    public static int endOfPath(String destination) {
        return firstOf(destination, "?#");
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
     * Where in {@code file} the link at {@code offset} of its {@code body} is, for a problem to name: the record keeps
     * the body without the front matter, and a bad link is rare enough to read the file again for it.
     */
    public static SourcePosition positionIn(Path file, String body, int offset) {
        try {
            String text = FrontMatter.normaliseNewlines(Files.readString(file, StandardCharsets.UTF_8));
            // the body is the file's end, less blank lines around it
            int at = text.stripTrailing().lastIndexOf(body);
            if (at >= 0 && offset <= body.length()) {
                int line = 1;
                int lineStart = 0;
                for (int i = 0; i < at + offset; i++) {
                    if (text.charAt(i) == '\n') {
                        line++;
                        lineStart = i + 1;
                    }
                }
                return new SourcePosition(file, line, at + offset - lineStart + 1);
            }
        } catch (IOException | UncheckedIOException e) {
            // the file alone, then
        }
        return SourcePosition.of(file);
    }
}

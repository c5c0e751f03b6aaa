package org.broadsheet.ingest;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.broadsheet.content.Article;
import org.broadsheet.parallel.Parallel;
import org.broadsheet.text.NearDuplicates;

/**
 * Knows every article in content/ (and those imported earlier in this run) by canonical URL, by feed item id and by
 * its text, so the same story arriving from another source is recognised: {@link #find} names the existing file and
 * why. Every lookup and insert costs the same however many articles there are.
 */
final class DuplicateIndex {

    /** An existing article this one duplicates, and how that was recognised. */
    record Match(Path file, String reason) {
    }

    private final Map<String, Path> byUrl = new HashMap<>();
    private final Map<String, Path> byItem = new HashMap<>();
    /**
     * Texts not yet in {@link #byText}: their signatures are made at the first lookup, which an import of sources
     * that are all unchanged never makes (it was a MinHash of every article on each build).
     */
    private final List<Map.Entry<String, Path>> pending = new ArrayList<>();
    private NearDuplicates<Path> byText;

    void add(Article article, Path file) {
        String url = canonical(article.url());
        if (!url.isEmpty()) {
            byUrl.putIfAbsent(url, file);
        }
        if (article.origin() != null && !article.origin().item().isEmpty()) {
            byItem.putIfAbsent(article.origin().item(), file);
        }
        String text = article.title() + "\n" + article.body();
        if (byText == null) {
            pending.add(Map.entry(text, file));
        } else {
            byText.add(text, file);
        }
    }

    private NearDuplicates<Path> byText() {
        if (byText == null) {
            List<long[]> signatures = Parallel.map(pending, p -> NearDuplicates.signature(p.getKey()));
            byText = new NearDuplicates<>(NearDuplicates.THRESHOLD, pending.size());
            for (int i = 0; i < pending.size(); i++) {
                byText.add(signatures.get(i), pending.get(i).getValue());
            }
            pending.clear();
        }
        return byText;
    }

    Optional<Match> find(Article article, String itemId) {
        String url = canonical(article.url());
        if (!url.isEmpty() && byUrl.containsKey(url)) {
            return Optional.of(new Match(byUrl.get(url), "same URL"));
        }
        if (!itemId.isEmpty() && byItem.containsKey(itemId)) {
            return Optional.of(new Match(byItem.get(itemId), "same feed item id"));
        }
        return byText().find(article.title() + "\n" + article.body()).map(file -> new Match(file, "near-identical text"));
    }

    /** A URL as compared: scheme and host in lower case, no fragment, no tracking parameters, no trailing slash. */
    static String canonical(String url) {
        if (url == null || url.isBlank()) {
            return "";
        }
        try {
            URI u = new URI(url.strip());
            if (u.getScheme() == null || u.getHost() == null) {
                return url.strip();
            }
            String query = u.getRawQuery() == null ? "" : String.join("&", java.util.Arrays.stream(u.getRawQuery().split("&"))
                    .filter(p -> !p.toLowerCase(Locale.ROOT).startsWith("utm_")).toList());
            String path = u.getRawPath() == null ? "" : u.getRawPath().replaceAll("/+$", "");
            String scheme = u.getScheme().toLowerCase(Locale.ROOT).equals("http") ? "https" : u.getScheme().toLowerCase(Locale.ROOT);
            return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "")
                    + (u.getPort() > 0 ? ":" + u.getPort() : "") + path + (query.isEmpty() ? "" : "?" + query);
        } catch (Exception e) {
            return url.strip();
        }
    }
}

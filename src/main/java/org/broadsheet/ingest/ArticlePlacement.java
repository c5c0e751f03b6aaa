package org.broadsheet.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;

import org.broadsheet.content.Article;
import org.broadsheet.content.Slugs;

/**
 * Chooses the content file for a newly imported article: {@code content/YYYY/MM/<slug>.md}, with {@code -2},
 * {@code -3}, … when that name is taken on disk or earlier in the same run.
 */
final class ArticlePlacement {

    private final Path contentDir;
    private final ZoneId zone;
    private final Set<Path> claimed = new HashSet<>();

    ArticlePlacement(Path contentDir, ZoneId zone) {
        this.contentDir = contentDir;
        this.zone = zone;
    }

    Path place(Article article) {
        LocalDate day = article.date().day(zone);
        Path folder = contentDir.resolve(String.format("%04d", day.getYear()))
                .resolve(String.format("%02d", day.getMonthValue()));
        String slug = article.slug().isEmpty() ? Slugs.slugify(article.title(), "article") : article.slug();
        Path candidate = folder.resolve(slug + ".md");
        for (int n = 2; Files.exists(candidate) || claimed.contains(candidate); n++) {
            candidate = folder.resolve(slug + "-" + n + ".md");
        }
        claimed.add(candidate);
        return candidate;
    }
}

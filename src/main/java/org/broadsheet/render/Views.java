package org.broadsheet.render;

import java.util.List;
import java.util.Map;

/**
 * The records templates see. Templates get these and nothing else: no access to the model, services or files.
 * Every {@code path} is relative to the site root; templates prefix it with {@code root} to make it relative to the
 * page being rendered.
 */
public final class Views {

    private Views() {
    }

    /** The digest's own settings. */
    public record SiteView(String title, String description, String language, String baseUrl) {
    }

    /** What every page knows about itself. */
    public record PageView(String title, String path, String kind) {
    }

    public record Link(String title, String path) {
    }

    public record TagLink(String name, String path, int count) {
    }

    /**
     * An article as shown in lists: home, tag, month pages.
     *
     * @param status empty on a published site; in {@code serve}'s preview "draft" or "future" (dated after the
     *        build), which the theme shows as a badge
     */
    public record ArticleCard(String title, String path, String date, String isoDate, String source, String author,
            String summary, List<TagLink> tags, String status) {
        public ArticleCard {
            tags = List.copyOf(tags);
        }
    }

    /**
     * An article's own page: its card, the original URL, the body as HTML, neighbours in time, and front-matter
     * keys Broadsheet does not interpret.
     */
    public record ArticlePage(ArticleCard card, String url, String html, Link newer, Link older,
            Map<String, Object> params) {
    }

    /** Position in a paginated listing; {@code previous}/{@code next} are null at the ends. */
    public record Pager(int number, int total, String previous, String next) {
    }

    public record MonthLink(String name, String path, int count) {
    }

    public record YearLink(int year, String path, int count, List<MonthLink> months) {
        public YearLink {
            months = List.copyOf(months);
        }
    }
}

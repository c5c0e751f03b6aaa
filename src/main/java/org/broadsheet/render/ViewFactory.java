package org.broadsheet.render;

import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.broadsheet.content.Article;
import org.broadsheet.content.Markdown;
import org.broadsheet.site.Entry;
import org.broadsheet.site.Permalinks;
import org.broadsheet.site.Site;
import org.broadsheet.site.SiteBuilder;
import org.broadsheet.site.Tag;
import org.broadsheet.site.Timeline;

/** Turns the site model into the view records templates receive; each card is made once and shared. */
final class ViewFactory {

    private final Site site;
    private final Markdown markdown;
    private final DateTimeFormatter dayFormat;
    private final DateTimeFormatter monthFormat;
    private final Map<String, Views.TagLink> tagLinks;
    private final Map<Entry, Views.ArticleCard> cards = new IdentityHashMap<>();

    /** Preview time for status badges, or null on a published site (no badges). */
    private final Instant previewTime;

    ViewFactory(Site site, Markdown markdown, Instant previewTime) {
        this.site = site;
        this.markdown = markdown;
        this.previewTime = previewTime;
        Locale locale = site.config().locale();
        this.dayFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        this.monthFormat = DateTimeFormatter.ofPattern("LLLL yyyy", locale);
        this.tagLinks = new java.util.HashMap<>();
        for (Tag tag : site.tags()) {
            tagLinks.put(tag.slug(), tagLink(tag));
        }
        for (Entry e : site.entries()) {
            cards.put(e, makeCard(e));
        }
    }

    Views.SiteView siteView() {
        var c = site.config();
        return new Views.SiteView(c.title(), c.description(), c.language(), c.baseUrl());
    }

    Views.ArticleCard card(Entry e) {
        return cards.get(e);
    }

    List<Views.ArticleCard> cards(List<Entry> entries) {
        return entries.stream().map(this::card).toList();
    }

    Views.ArticlePage articlePage(Entry e, Entry newer, Entry older) {
        return new Views.ArticlePage(card(e), webUrl(e.article().url()), markdown.toHtml(e.article().body()),
                link(newer), link(older), e.article().params());
    }

    static Views.TagLink tagLink(Tag tag) {
        return new Views.TagLink(tag.name(), Permalinks.tag(tag.slug(), 1), tag.count());
    }

    List<Views.TagLink> tagLinks() {
        return site.tags().stream().map(t -> tagLinks.get(t.slug())).toList();
    }

    String monthName(YearMonth month) {
        String name = month.format(monthFormat);
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(site.config().locale()) + name.substring(1);
    }

    Views.MonthLink monthLink(Timeline.Month m) {
        return new Views.MonthLink(monthName(m.month()), Permalinks.month(m.month()), m.count());
    }

    Views.YearLink yearLink(Timeline.Year y) {
        List<Views.MonthLink> months = new ArrayList<>();
        for (Timeline.Month m : y.months()) {
            months.add(monthLink(m));
        }
        return new Views.YearLink(y.year(), Permalinks.year(y.year()), y.count(), months);
    }

    private Views.ArticleCard makeCard(Entry e) {
        var a = e.article();
        List<Views.TagLink> tags = a.tags().stream().map(t -> tagLinks.get(SiteBuilder.tagSlug(t))).toList();
        String iso = a.date().hasTime() ? a.date().toText() : e.day().toString();
        return new Views.ArticleCard(a.title(), e.path(), e.day().format(dayFormat), iso, a.source(), a.author(),
                e.summary(), tags, status(a));
    }

    private String status(Article a) {
        if (previewTime == null) {
            return "";
        }
        return a.draft() ? "draft" : a.date().instant().isAfter(previewTime) ? "future" : "";
    }

    /** Only http(s) links to originals reach a page: a {@code javascript:} URL in front matter must not. */
    static String webUrl(String url) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? url.strip() : "";
    }

    private Views.Link link(Entry e) {
        return e == null ? null : new Views.Link(e.article().title(), e.path());
    }
}

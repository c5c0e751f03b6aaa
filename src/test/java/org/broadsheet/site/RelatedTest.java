package org.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.broadsheet.config.SiteConfig;
import org.broadsheet.content.Article;
import org.broadsheet.content.ArticleDate;
import org.broadsheet.content.ContentFile;
import org.broadsheet.content.Markdown;
import org.broadsheet.error.Diagnostics;
import org.junit.jupiter.api.Test;

/** Related articles: shared tags weighted by rarity, newer first on ties, at most five, never the article itself. */
class RelatedTest {

    private final List<ContentFile> content = new ArrayList<>();

    private void article(String title, String day, String... tags) {
        Article a = Article.of(title, ArticleDate.ofDay(LocalDate.parse(day), ZoneId.of("UTC")), "Body.").withTags(List.of(tags));
        content.add(new ContentFile(Path.of("/site/content/" + title + ".md"), a));
    }

    private Site site() {
        return SiteBuilder.build(SiteConfig.defaults(Path.of("/site")), content, new Markdown(), false, Diagnostics.SILENT);
    }

    private List<String> relatedTitles(Site site, String title) {
        Entry entry = site.entries().stream().filter(e -> e.article().title().equals(title)).findFirst().orElseThrow();
        return site.related().of(entry).stream().map(e -> e.article().title()).toList();
    }

    @Test
    void aSharedRareTagOutweighsASharedCommonTag() {
        article("subject", "2024-01-10", "common", "rare");
        article("shares rare", "2024-01-01", "rare");
        article("shares common", "2024-01-09", "common");
        for (int i = 0; i < 10; i++) {
            article("filler " + i, "2023-06-0" + (i % 9 + 1), "common");
        }

        List<String> related = relatedTitles(site(), "subject");

        assertThat(related).hasSize(5).startsWith("shares rare", "shares common").doesNotContain("subject");
    }

    @Test
    void moreSharedTagsRankHigherAndTiesGoToTheNewerArticle() {
        article("subject", "2024-01-10", "a", "b", "c");
        article("two shared, old", "2023-01-01", "a", "b");
        article("one shared, older", "2023-05-01", "c");
        article("one shared, newer", "2023-09-01", "c");
        article("unrelated", "2024-01-11", "z");
        article("other", "2024-01-12", "z", "a2");

        assertThat(relatedTitles(site(), "subject"))
                .containsExactly("two shared, old", "one shared, newer", "one shared, older");
        assertThat(relatedTitles(site(), "unrelated")).containsExactly("other");
    }

    @Test
    void atMostFiveAreKeptEvenForATagOnThousandsOfArticles() {
        for (int i = 0; i < 3000; i++) {
            article("story " + i, LocalDate.of(2020, 1, 1).plusDays(i).toString(), "everywhere", i % 2 == 0 ? "even" : "odd");
        }
        article("lonely", "2019-01-01", "nowhere-else");

        Site site = site();

        for (Entry e : site.entries()) {
            List<Entry> related = site.related().of(e);
            assertThat(related).hasSizeLessThanOrEqualTo(Related.MAX).doesNotContain(e);
        }
        // "everywhere" is on all but one article, so it weighs almost nothing; "even" decides, nearest in time first
        assertThat(relatedTitles(site, "story 1000")).hasSize(5).allMatch(t -> Integer.parseInt(t.substring(6)) % 2 == 0);
        assertThat(relatedTitles(site, "lonely")).isEmpty();
    }

    @Test
    void aKeptPipelineGivesWhatAFreshOneGivesAfterTextEditsTagEditsAndNewArticles() {
        for (int i = 0; i < 40; i++) {
            article("a" + i, "2024-01-" + String.format("%02d", 1 + i % 28), "t" + (i % 5), "u" + (i % 7));
        }
        ModelMemory kept = new ModelMemory();
        SiteConfig config = SiteConfig.defaults(Path.of("/site"));
        SiteBuilder.build(config, content, List.of(), List.of(), new Markdown(), kept, false, null, Diagnostics.SILENT);

        // a text edit (a new article object, the same tags) reuses the last result; the others must not
        content.set(3, new ContentFile(content.get(3).file(), Article.of("a3", content.get(3).article().date(), "New text.")
                .withTags(content.get(3).article().tags())));
        assertSameAsFresh(SiteBuilder.build(config, content, List.of(), List.of(), new Markdown(), kept, false, null, Diagnostics.SILENT));
        content.set(7, new ContentFile(content.get(7).file(), content.get(7).article().withTags(List.of("t0", "rare"))));
        content.set(8, new ContentFile(content.get(8).file(), content.get(8).article().withTags(List.of("t0", "rare"))));
        Site retagged = SiteBuilder.build(config, content, List.of(), List.of(), new Markdown(), kept, false, null, Diagnostics.SILENT);
        assertSameAsFresh(retagged);
        assertThat(relatedTitles(retagged, "a7")).startsWith("a8");
        article("a40", "2024-02-01", "rare");
        assertSameAsFresh(SiteBuilder.build(config, content, List.of(), List.of(), new Markdown(), kept, false, null, Diagnostics.SILENT));
    }

    private void assertSameAsFresh(Site kept) {
        Site fresh = site();
        for (Entry e : fresh.entries()) {
            assertThat(relatedTitles(kept, e.article().title())).as(e.article().title())
                    .isEqualTo(relatedTitles(fresh, e.article().title()));
        }
    }
}

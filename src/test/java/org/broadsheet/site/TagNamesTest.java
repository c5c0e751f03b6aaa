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
import org.broadsheet.error.Problem;
import org.broadsheet.error.SourcePosition;
import org.broadsheet.testing.CollectedWarnings;
import org.junit.jupiter.api.Test;

/** Tag names and the pages they get: different names keep apart, and names that must share a page are a warning. */
class TagNamesTest {

    private static final Path ROOT = Path.of("/site");
    private final List<ContentFile> content = new ArrayList<>();
    private final CollectedWarnings warnings = new CollectedWarnings();

    private void article(String file, String day, String... tags) {
        Article a = Article.of(file, ArticleDate.ofDay(LocalDate.parse(day), ZoneId.of("UTC")), "Body.").withTags(List.of(tags));
        content.add(new ContentFile(ROOT.resolve("content/" + file + ".md"), a));
    }

    private Site site() {
        return SiteBuilder.build(SiteConfig.defaults(ROOT), content, new Markdown(), false, warnings);
    }

    private static List<String> namesAndSlugs(Site site) {
        return site.tags().stream().map(t -> t.name() + " " + t.slug() + " " + t.count()).toList();
    }

    @Test
    void cPlusPlusCSharpAndCAreThreeTagsWithThreePages() {
        article("languages", "2024-05-01", "C++", "C#", "C");
        article("systems", "2024-05-02", "C");

        Site site = site();

        assertThat(namesAndSlugs(site)).containsExactly("C c 2", "C# c-sharp 1", "C++ c-plus-plus 1");
        assertThat(warnings.warnings()).isEmpty();
    }

    @Test
    void spellingsThatDifferOnlyInCaseAccentsSpacesOrDashesAreOneTagWithoutAWarning() {
        article("a", "2024-05-01", "Energy Policy", "Climate");
        article("b", "2024-05-02", "energy-policy", "climate");
        article("c", "2024-05-03", "énergy policy", "Clímate");

        Site site = site();

        assertThat(site.tags()).extracting(Tag::slug).containsExactly("climate", "energy-policy");
        assertThat(warnings.warnings()).isEmpty();
    }

    @Test
    void differentNamesThatStillShareAPageAreOneWarningNamingTheFileTheNamesThePageAndTheFix() {
        article("a", "2024-05-01", "Q&A");
        article("b", "2024-05-02", "Q-A");
        article("c", "2024-05-03", "Q&A");
        article("d", "2024-05-04", "Q-A", "Q A");

        Site site = site();

        assertThat(namesAndSlugs(site)).containsExactly("Q&A q-a 4");
        assertThat(warnings.warnings()).singleElement().satisfies(w -> {
            assertThat(w.where()).isEqualTo(SourcePosition.of(ROOT.resolve("content/b.md")));
            assertThat(w.message()).contains("'Q-A'").contains("'Q&A'").contains("content/a.md")
                    .contains("tags/q-a/").contains("rename").contains("tag_aliases");
        });
    }

    @Test
    void anArticleIsOnItsTagPageOnceWhateverSpellingsItUses() {
        article("a", "2024-05-01", "Climate", "Clímate", "climate");

        Site site = site();

        assertThat(namesAndSlugs(site)).containsExactly("Climate climate 1");
        assertThat(warnings.warnings()).extracting(Problem::message).isEmpty();
    }
}

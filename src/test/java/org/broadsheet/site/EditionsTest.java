package org.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.broadsheet.config.EditionSettings;
import org.broadsheet.config.EditionSettings.GroupBy;
import org.broadsheet.config.EditionSettings.Period;
import org.broadsheet.config.SiteConfig;
import org.broadsheet.content.Article;
import org.broadsheet.content.ArticleDate;
import org.broadsheet.content.ContentFile;
import org.broadsheet.content.EditionIntro;
import org.broadsheet.content.Markdown;
import org.broadsheet.error.InputException;
import org.broadsheet.error.Problem;
import org.broadsheet.testing.CollectedWarnings;
import org.junit.jupiter.api.Test;

/** Editions: which articles each holds, in what order and sections, their neighbours and introductions. */
class EditionsTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private final List<ContentFile> content = new ArrayList<>();
    private final List<EditionIntro> intros = new ArrayList<>();
    private final CollectedWarnings warnings = new CollectedWarnings();

    private Article article(String title, String date, String source, String... tags) {
        Article a = Article.of(title, ArticleDate.parse(date, UTC), "Body of " + title + ".").withSource(source)
                .withTags(List.of(tags));
        content.add(new ContentFile(Path.of("/site/content/" + title + ".md"), a));
        return a;
    }

    private void replace(Article before, Article after) {
        content.replaceAll(cf -> cf.article() == before ? new ContentFile(cf.file(), after) : cf);
    }

    private Site site(EditionSettings editions) {
        SiteConfig d = SiteConfig.defaults(Path.of("/site"));
        SiteConfig config = new SiteConfig(d.title(), "", "", "en", 10, UTC, d.paths(), d.imports(), d.markdown(), d.feeds(),
                d.publish(), editions, d.stories(), d.permalink());
        return SiteBuilder.build(config, content, intros, new Markdown(), false, warnings);
    }

    private static EditionSettings weekly(ZoneId zone, GroupBy groupBy) {
        return new EditionSettings(Period.WEEKLY, DayOfWeek.MONDAY, zone, groupBy);
    }

    private static List<String> titles(List<Entry> entries) {
        return entries.stream().map(e -> e.article().title()).toList();
    }

    @Test
    void anArticlesEditionIsDecidedByItsDayInTheEditionsZone() {
        // Sunday 23:30 in UTC is already Monday morning in Tokyo: the next week's edition there
        article("Late on Sunday", "2014-12-21T23:30:00Z", "Gazette");
        article("Earlier that week", "2014-12-16", "Gazette");

        Editions utc = site(weekly(UTC, GroupBy.TAG)).editions();
        Editions tokyo = site(weekly(ZoneId.of("Asia/Tokyo"), GroupBy.TAG)).editions();

        assertThat(utc.all()).extracting(Edition::id).containsExactly("2014-w51");
        assertThat(tokyo.all()).extracting(Edition::id).containsExactly("2014-w52", "2014-w51");
        assertThat(titles(tokyo.all().get(0).entries())).containsExactly("Late on Sunday");
        assertThat(tokyo.all().get(0).start()).isEqualTo(LocalDate.of(2014, 12, 22));
        assertThat(tokyo.all().get(0).end()).isEqualTo(LocalDate.of(2014, 12, 28));
    }

    @Test
    void editionsAreNewestFirstWithTheirNeighbours() {
        article("A", "2014-12-03", "Gazette");
        article("B", "2014-12-30", "Gazette");
        article("C", "2014-12-16", "Gazette");
        Editions editions = site(weekly(UTC, GroupBy.TAG)).editions();

        assertThat(editions.all()).extracting(Edition::id).containsExactly("2015-w01", "2014-w51", "2014-w49");
        Edition middle = editions.all().get(1);
        assertThat(editions.newer(middle).id()).isEqualTo("2015-w01");
        assertThat(editions.older(middle).id()).isEqualTo("2014-w49");
        assertThat(editions.newer(editions.all().get(0))).isNull();
        assertThat(editions.older(editions.all().get(2))).isNull();
        assertThat(middle.path()).isEqualTo("editions/2014-w51/index.html");
    }

    @Test
    void featuredArticlesLeadThenHigherPriorityThenNewer() {
        article("Old plain", "2014-12-15", "Gazette");
        replace(article("Old featured", "2014-12-15T06:00:00Z", "Gazette"),
                Article.of("Old featured", ArticleDate.parse("2014-12-15T06:00:00Z", UTC), "x").withSource("Gazette").withFeatured(true));
        article("New plain", "2014-12-19", "Gazette");
        replace(article("Ranked", "2014-12-16", "Gazette"),
                Article.of("Ranked", ArticleDate.parse("2014-12-16", UTC), "x").withSource("Gazette").withPriority(5));

        Edition edition = site(weekly(UTC, GroupBy.TAG)).editions().all().get(0);

        assertThat(titles(edition.entries())).containsExactly("Old featured", "Ranked", "New plain", "Old plain");
        assertThat(edition.featured()).extracting(s -> s.lead().article().title()).containsExactly("Old featured");
        assertThat(edition.sections()).hasSize(1);
        assertThat(edition.sections().get(0).stories()).extracting(s -> s.lead().article().title())
                .containsExactly("Ranked", "New plain", "Old plain");
    }

    @Test
    void sectionsGroupByTagOrPublicationBiggestFirstAndUntaggedLast() {
        article("One", "2014-12-15", "Herald", "Harbour");
        article("Two", "2014-12-16", "Gazette", "harbour", "schools");
        article("Three", "2014-12-17", "Gazette", "Schools");
        article("Four", "2014-12-18", "");
        article("Five", "2014-12-19", "Gazette", "Weather");

        Edition byTag = site(weekly(UTC, GroupBy.TAG)).editions().all().get(0);
        Edition byPublication = site(weekly(UTC, GroupBy.PUBLICATION)).editions().all().get(0);

        assertThat(byTag.sections()).extracting(Edition.Section::name).containsExactly("Harbour", "Schools", "Weather", "");
        assertThat(byTag.sections().get(0).stories()).extracting(s -> s.lead().article().title()).containsExactly("Two", "One");
        assertThat(byPublication.sections()).extracting(Edition.Section::name).containsExactly("Gazette", "Herald", "");
        assertThat(byPublication.storyCount()).isEqualTo(5);
    }

    @Test
    void aStoryIsListedOnceWithTheEditionsOtherReportsOfIt() {
        String text = " Crews on the Skerry ferry walked out at dawn on Monday over a rota that adds a fourth daily crossing"
                + " without a second crew, and the harbour board offered overtime pay and a review in February while"
                + " islanders waited at the slipway for a boat that did not come.";
        content.add(new ContentFile(Path.of("/site/content/a.md"),
                Article.of("Ferry Crews Walk Out", ArticleDate.parse("2014-12-15T08:00:00Z", UTC), text).withSource("Gazette")));
        content.add(new ContentFile(Path.of("/site/content/b.md"),
                Article.of("Islanders Stranded", ArticleDate.parse("2014-12-15T12:00:00Z", UTC), text + " More later.")
                        .withSource("Courier")));
        article("Something else", "2014-12-16", "Courier");

        Edition edition = site(weekly(UTC, GroupBy.PUBLICATION)).editions().all().get(0);

        assertThat(edition.storyCount()).isEqualTo(2);
        Edition.Story ferry = edition.sections().stream().flatMap(s -> s.stories().stream())
                .filter(s -> !s.others().isEmpty()).findFirst().orElseThrow();
        assertThat(ferry.lead().article().title()).isEqualTo("Islanders Stranded");
        assertThat(titles(ferry.others())).containsExactly("Ferry Crews Walk Out");
    }

    @Test
    void introductionsJoinTheirEditionsAndAnEditionWithoutArticlesIsAWarning() {
        article("A", "2014-12-16", "Gazette");
        intros.add(new EditionIntro(Path.of("/site/content/editions/2014-w51.md"), "2014-w51", "The week the ferry stopped", "Hello."));
        intros.add(new EditionIntro(Path.of("/site/content/editions/2015-w02.md"), "2015-w02", "", "Written early."));

        Editions editions = site(weekly(UTC, GroupBy.TAG)).editions();

        assertThat(editions.all().get(0).intro().title()).isEqualTo("The week the ferry stopped");
        assertThat(warnings.warnings()).extracting(Problem::toString).containsExactly(
                "/site/content/editions/2015-w02.md:1: edition 2015-w02 has no articles yet, so its introduction is not published until it has");
    }

    @Test
    void anIntroductionThatNamesNoEditionFailsNamingTheFileAndTheRightForm() {
        article("A", "2014-12-16", "Gazette");
        article("B", "2015-01-20", "Gazette");
        intros.add(new EditionIntro(Path.of("/site/content/editions/2014-12.md"), "2014-12", "", "Monthly by mistake."));
        intros.add(new EditionIntro(Path.of("/site/content/editions/2014-w53.md"), "2014-w53", "", "No such week."));

        InputException e = catchThrowableOfType(InputException.class, () -> site(weekly(UTC, GroupBy.TAG)));

        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "/site/content/editions/2014-12.md:1: '2014-12' is not the name of an edition: with the configured period,"
                        + " introductions are named like 2014-w51.md (the edition of 20 December 2014); this digest's"
                        + " editions run from 2014-w51 to 2015-w04",
                "/site/content/editions/2014-w53.md:1: '2014-w53' is not the name of an edition: with the configured period,"
                        + " introductions are named like 2014-w51.md (the edition of 20 December 2014); this digest's"
                        + " editions run from 2014-w51 to 2015-w04");
    }

    @Test
    void withEditionNoneThereAreNoneAndIntroductionsAreAWarning() {
        article("A", "2014-12-16", "Gazette");
        intros.add(new EditionIntro(Path.of("/site/content/editions/2014-w51.md"), "2014-w51", "", "Hello."));

        Site site = site(new EditionSettings(Period.NONE, DayOfWeek.MONDAY, UTC, GroupBy.TAG));

        assertThat(site.editions().all()).isEmpty();
        assertThat(warnings.warnings()).hasSize(1);
        assertThat(warnings.warnings().get(0).message()).contains("'edition: none'");
    }
}

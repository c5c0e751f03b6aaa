package org.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;

import javax.json.Json;
import javax.json.JsonArray;
import javax.json.JsonObject;

import org.broadsheet.testing.Cli;
import org.broadsheet.testing.GeneratedDigest;
import org.broadsheet.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search index: a script assigning JSON, one compact row per article, each leading to its page. */
class SearchIndexTest {

    static final String PREFIX = "window.broadsheetSearch=";

    @TempDir
    Path root;

    @Test
    void everyArticleIsIndexedWithItsTitleTagsPublicationAndSummaryAndItsPageExists() throws Exception {
        TestSite site = new TestSite(root).file("broadsheet.yaml", "title: Search\n");
        GeneratedDigest.write(site, 200, 7);
        assertThat(Cli.inSite(root, "build", "-q").exitCode()).isZero();

        String js = site.read("site/search-index.js");
        assertThat(js).startsWith(PREFIX).endsWith(";\n");
        JsonObject index = Json.createReader(new StringReader(js.substring(PREFIX.length(), js.length() - 2))).readObject();
        JsonArray articles = index.getJsonArray("a");
        assertThat(articles).hasSize(200);
        for (int i = 0; i < articles.size(); i++) {
            JsonArray a = articles.getJsonArray(i);
            LocalDate day = LocalDate.ofEpochDay(a.getInt(0));
            String slug = a.size() > 5 ? a.getString(5) : SearchIndexFile.simpleSlug(a.getString(1));
            Path page = root.resolve(String.format("site/%d/%02d/%s/index.html", day.getYear(), day.getMonthValue(), slug));
            assertThat(page).isRegularFile();
            Document html = Jsoup.parse(page.toFile(), "UTF-8");
            assertThat(html.select("h1").text()).isEqualTo(a.getString(1));
            assertThat(html.select(".kicker").text()).isEqualTo(index.getJsonArray("pubs").getString(a.getInt(2)));
            assertThat(a.getJsonArray(3)).isNotEmpty().allSatisfy(t -> assertThat(html.select(".story-foot .tags").text())
                    .contains(index.getJsonArray("tags").getString(((javax.json.JsonNumber) t).intValue())));
            assertThat(a.getString(4).length()).isLessThanOrEqualTo(SearchIndexFile.SUMMARY_CHARS);
        }
        // compact: besides its title and summary, an article costs a few bytes (day, numbers, brackets, no slug)
        long text = 0;
        for (int i = 0; i < articles.size(); i++) {
            text += articles.getJsonArray(i).getString(1).length() + articles.getJsonArray(i).getString(4).length();
        }
        long tables = index.getJsonArray("tags").toString().length() + index.getJsonArray("pubs").toString().length();
        assertThat((js.length() - text - tables) / articles.size()).isLessThan(40);
    }
}

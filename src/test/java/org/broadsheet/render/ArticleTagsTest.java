package org.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.broadsheet.testing.Cli;
import org.broadsheet.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tags an article lists: each tag once, each leading to its own page. */
class ArticleTagsTest {

    @TempDir
    Path root;

    private Document page(String path) throws IOException {
        return Jsoup.parse(root.resolve("site/" + path).toFile(), "UTF-8");
    }

    @Test
    void anArticleListsEachOfItsTagsOnceAndCPlusPlusCSharpAndCEachLeadToTheirOwnPage() throws IOException {
        new TestSite(root).file("broadsheet.yaml", "title: Tags\n")
                .file("content/langs.md", TestSite.article("Languages", "2024-05-01",
                        "tags: [C++, \"C#\", C, Climate, Clímate]"));

        Cli.Run run = Cli.inSite(root, "build");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.err()).doesNotContain("warning");
        Document article = page("2024/05/langs/index.html");
        assertThat(article.select("article .tags a").eachText()).containsExactly("C++", "C#", "C", "Climate");
        assertThat(article.select("article .tags a").eachAttr("href")).containsExactly("../../../tags/c-plus-plus/index.html",
                "../../../tags/c-sharp/index.html", "../../../tags/c/index.html", "../../../tags/climate/index.html");
        Document home = page("index.html");
        assertThat(home.select(".card .tags a").eachText()).containsExactly("C++", "C#", "C", "Climate");
        for (String tag : new String[] {"c-plus-plus", "c-sharp", "c", "climate"}) {
            assertThat(page("tags/" + tag + "/index.html").select("article.card .card-title").eachText())
                    .containsExactly("Languages");
        }
    }
}

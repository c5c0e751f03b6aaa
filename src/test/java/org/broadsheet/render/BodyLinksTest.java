package org.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.broadsheet.site.LinkTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BodyLinksTest {

    /** On the page 2024/05/wall/index.html, with one linked article and one file of its own. */
    private static final UnaryOperator<String> ON_PAGE = new BodyLinks("/").addresses("[x](/y)",
            Map.of("../04/talks.md", new LinkTarget("2024/04/talks/index.html", "#vote"),
                    "{tag}Harbour%20Wall", new LinkTarget("tags/harbour-wall/index.html", "")),
            Map.of("2024/05/wall/images/chart.png", Path.of("/site/content/wall/images/chart.png")), "2024/05/wall/",
            path -> "../../../" + path);

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "../04/talks.md,             ../../../2024/04/talks/index.html#vote",
        "images/chart.png,           ../../../2024/05/wall/images/chart.png",
        "./images/chart.png?v=2,     ../../../2024/05/wall/images/chart.png?v=2",
        "/images/logo.png,           ../../../images/logo.png",
        "/tags/#top,                 ../../../tags/index.html#top",
        "/,                          ../../../index.html",
        "{static}/images/logo.png,   ../../../images/logo.png",
        "{index},                    ../../../index.html",
        "{tag}Harbour%20Wall,        ../../../tags/harbour-wall/index.html"})
    void aDestinationIsWrittenFromThePage(String destination, String address) {
        assertThat(ON_PAGE.apply(destination)).isEqualTo(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com/x", "//cdn.example.com/x.js", "#top", "?page=2", "mailto:a@b.c",
        "images/other.png", "../../../../outside.png", "{static}images/logo.png", "{attach}chart.png", "{tag}nowhere",
        "/2024/04/gone.md", "{index}x"})
    void anyOtherIsLeftAsWritten(String destination) {
        assertThat(ON_PAGE.apply(destination)).isNull();
    }

    @Test
    void aTextWithoutSuchLinksIsRenderedWithoutLooking() {
        assertThat(new BodyLinks("/").addresses("A [link](https://example.com/a/b) and a/b, (/x) and [y] /z.", Map.of(),
                Map.of(), "", path -> path)).isNull();
        assertThat(org.broadsheet.content.LocalLinks.mayLinkFromRoot("[a](/x)")).isTrue();
        assertThat(org.broadsheet.content.LocalLinks.mayLinkFromRoot("[a](\n  </x y>)")).isTrue();
        assertThat(org.broadsheet.content.LocalLinks.mayLinkFromRoot("[r]:\n/x")).isTrue();
        assertThat(org.broadsheet.content.LocalLinks.mayLinkFromRoot("[t]({tag}x)")).isTrue();
        assertThat(org.broadsheet.content.LocalLinks.mayLinkFromRoot("[a](https://x/y)")).isFalse();
    }

    @Test
    void underABaseUrlWithAPathALinkFromTheRootMayBeWrittenWithThePathOrWithout() {
        UnaryOperator<String> page = new BodyLinks("/news/").addresses("[x](/y)", Map.of(),
                path -> "../" + path);

        assertThat(page.apply("/news/images/chart.png")).isEqualTo("../images/chart.png");
        assertThat(page.apply("/news")).isEqualTo("../index.html");
        assertThat(page.apply("/news/")).isEqualTo("../index.html");
        assertThat(page.apply("/images/chart.png")).isEqualTo("../images/chart.png");
        assertThat(page.apply("/newsroom/")).isEqualTo("../newsroom/index.html");
        assertThat(page.apply("{static}/images/chart.png")).isEqualTo("../images/chart.png");
    }
}

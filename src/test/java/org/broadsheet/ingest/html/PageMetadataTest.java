package org.broadsheet.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A page's title as import takes it: without the byline or site name its title tag repeats after a separator. */
class PageMetadataTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "Harbour Wall Vote Passes | Jane Doe         ; Harbour Wall Vote Passes",
        "Harbour Wall Vote Passes - The Gazette      ; Harbour Wall Vote Passes",
        "Harbour Wall Vote Passes — by jane doe      ; Harbour Wall Vote Passes",
        "Wall Vote - Jane Doe - The Gazette          ; Wall Vote",
        "Jane Doe | Jane Doe                         ; Jane Doe",
        "Doe | Jane Doe                              ; Doe | Jane Doe",
        "Why Jane Doe Matters                        ; Why Jane Doe Matters",
        "Harbour Wall Vote Passes | Jane Doe, Writer ; Harbour Wall Vote Passes | Jane Doe, Writer"})
    void aNameTheTitleRepeatsAfterASeparatorIsLeftOut(String written, String title) {
        assertThat(PageMetadata.withoutName(written, "The Gazette", "Jane Doe")).isEqualTo(title);
    }

    @Test
    void anOpenGraphTitleLosesTheBylineTheAuthorMetaGives() {
        PageMetadata meta = PageMetadata.read(Jsoup.parse("<html><head><meta property=\"og:title\" content=\"Council Backs "
                + "New Ferry | Nell Tregarthen\"><meta name=\"author\" content=\"Nell Tregarthen\"><meta property=\"og:site_name\""
                + " content=\"The Wenlow Gazette\"></head><body><p>Text</p></body></html>"));

        assertThat(meta.title()).isEqualTo("Council Backs New Ferry");
        assertThat(meta.byline()).isEqualTo("Nell Tregarthen");
    }
}

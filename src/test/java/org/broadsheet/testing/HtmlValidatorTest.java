package org.broadsheet.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quality gate can fail: the checker reports invalid HTML, with its position, and passes valid HTML. */
class HtmlValidatorTest {

    @TempDir
    Path dir;

    @Test
    void reportsInvalidHtmlWithLineAndColumn() throws IOException {
        Path page = dir.resolve("bad.html");
        Files.writeString(page, "<!DOCTYPE html>\n<html lang=\"en\"><head><title>x</title></head>\n"
                + "<body><img src=\"a.png\"><time datetime=\"someday\">x</time></body></html>\n");

        assertThat(new HtmlValidator().errors(page))
                .anySatisfy(e -> assertThat(e).startsWith("3:").contains("alt"))
                .anySatisfy(e -> assertThat(e).contains("datetime"));
    }

    @Test
    void passesValidHtml() throws IOException {
        Path page = dir.resolve("good.html");
        Files.writeString(page, "<!DOCTYPE html>\n<html lang=\"en\"><head><title>x</title>"
                + "<meta property=\"og:title\" content=\"x\"></head>\n<body><p>Fine.</p></body></html>\n");

        assertThat(new HtmlValidator().errors(page)).isEmpty();
    }
}

package org.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import org.broadsheet.error.Problem;
import org.broadsheet.error.SourcePosition;
import org.broadsheet.error.TemplateProblemException;
import org.broadsheet.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site's templates are read as strictly as its content: a byte that is not UTF-8 is an error at its line. */
class TemplateEncodingTest {

    @TempDir
    Path root;

    private Templates templates() {
        return new Templates(root.resolve("templates"), Locale.ENGLISH, TimeZone.getTimeZone("UTC"));
    }

    private Problem onlyProblem(Runnable render) {
        Throwable thrown = catchThrowable(render::run);
        assertThat(thrown).isInstanceOf(TemplateProblemException.class);
        assertThat(((TemplateProblemException) thrown).problems()).hasSize(1);
        return ((TemplateProblemException) thrown).problems().get(0);
    }

    @Test
    void aTemplateThatIsNotUtf8IsAnErrorAtTheLineOfItsFirstBadByte() {
        new TestSite(root).bytes("templates/page.ftlh", bytes("<h1>${title}</h1>\n<p>ok</p>\n<p>Caf", 0xE9, "</p>\n"));
        Templates templates = templates();

        Problem problem = onlyProblem(() -> templates.render("page.ftlh", Map.of("title", "T"), "content/a.md"));

        assertThat(problem.where()).isEqualTo(SourcePosition.of(root.resolve("templates/page.ftlh"), 3));
        assertThat(problem.message()).contains("not valid UTF-8").endsWith("save it as UTF-8 in your editor");
        // Freemarker remembers a template that failed to load: later pages get the same problem, not a vaguer one
        assertThat(onlyProblem(() -> templates.render("page.ftlh", Map.of("title", "T"), "content/b.md")))
                .isEqualTo(problem);
    }

    @Test
    void anIncludedTemplateThatIsNotUtf8IsReportedAtItsOwnFileAndLine() {
        new TestSite(root).file("templates/page.ftlh", "<#include \"_part.ftlh\">\n<p>page</p>\n")
                .bytes("templates/_part.ftlh", bytes("<p>part</p>\n<p>na", 0xEF, "ve</p>\n"));

        Problem problem = onlyProblem(() -> templates().render("page.ftlh", Map.of(), "content/a.md"));

        assertThat(problem.where()).isEqualTo(SourcePosition.of(root.resolve("templates/_part.ftlh"), 2));
        assertThat(problem.message()).contains("not valid UTF-8");
    }

    @Test
    void aUtf8TemplateRendersItsTextUnchanged() {
        new TestSite(root).file("templates/page.ftlh", "<p>Caf\u00e9 \u6771\u4eac ${title}</p>\n");

        assertThat(templates().render("page.ftlh", Map.of("title", "na\u00efve"), "content/a.md"))
                .isEqualTo("<p>Caf\u00e9 \u6771\u4eac na\u00efve</p>\n");
    }

    @Test
    void binaryAssetsAreStillCopiedByteForByte() {
        byte[] image = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', (byte) 0xFF, (byte) 0xE9, 0, (byte) 0xC3};
        new TestSite(root).bytes("templates/assets/logo.png", image);

        assertThat(StaticFiles.load(root.resolve("templates"), root.resolve("static")).files())
                .filteredOn(f -> f.path().equals("assets/logo.png"))
                .singleElement().isInstanceOfSatisfying(CopiedFile.class, f -> assertThat(f.source()).hasBinaryContent(image));
    }

    private static byte[] bytes(Object... parts) {
        return org.broadsheet.testing.Bytes.of(parts);
    }
}

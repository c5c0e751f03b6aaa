package org.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class BuiltInThemeTest {

    @Test
    void theIdsHeadingsMayNotTakeAreEveryIdTheThemesTemplatesWrite() {
        Pattern id = Pattern.compile("\\sid=\"([^\"]*)\"");
        Set<String> written = new TreeSet<>();
        Set<String> made = new TreeSet<>();
        BuiltInTheme.files("").forEach((path, bytes) -> {
            if (path.endsWith(".ftlh")) {
                Matcher m = id.matcher(new String(bytes, StandardCharsets.UTF_8));
                while (m.find()) {
                    (m.group(1).contains("${") ? made : written).add(path + ": " + m.group(1));
                }
            }
        });

        assertThat(written).isNotEmpty();
        assertThat(new TreeSet<>(BuiltInTheme.ELEMENT_IDS)).isEqualTo(
                written.stream().map(w -> w.substring(w.indexOf(": ") + 2)).collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
        // ids made from data are on listing pages alone, whose only Markdown (editors' notes, an edition's
        // introduction) has no heading ids
        assertThat(made).containsExactly("edition.ftlh: section-${s?index}", "month.ftlh: ${d.anchor}",
                "month.ftlh: ${d.anchor}-heading");
    }
}

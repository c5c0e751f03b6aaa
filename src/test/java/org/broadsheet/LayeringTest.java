package org.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The package layering ARCHITECTURE.md draws: a package may use only the packages below it, so the pipeline
 * (ingest → content → site → render → output) never loops back on itself.
 */
class LayeringTest {

    /** Lower number, lower layer; packages on one layer do not use each other. */
    private static final Map<String, Integer> LAYERS = Map.ofEntries(
            Map.entry("error", 0),
            Map.entry("yaml", 1), Map.entry("fs", 1), Map.entry("text", 1), Map.entry("parallel", 1),
            Map.entry("config", 2),
            Map.entry("content", 3),
            Map.entry("ingest", 4), Map.entry("site", 4),
            Map.entry("render", 5),
            Map.entry("output", 6),
            Map.entry("pipeline", 7),
            Map.entry("serve", 8), Map.entry("publish", 8),
            Map.entry("cli", 9));
    private static final Path SOURCES = Path.of("src/main/java/org/broadsheet");
    private static final Pattern REFERENCE = Pattern.compile("\\borg\\.broadsheet\\.([a-z]+)\\.");

    @Test
    void everyPackageUsesOnlyThePackagesBelowIt() throws IOException {
        List<String> violations = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        for (Path file : files) {
            String own = SOURCES.relativize(file).getName(0).toString();
            assertThat(LAYERS).as("a layer for the package of " + file).containsKey(own);
            Matcher used = REFERENCE.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (used.find()) {
                String other = used.group(1);
                if (!other.equals(own) && !(LAYERS.containsKey(other) && LAYERS.get(other) < LAYERS.get(own))) {
                    violations.add(SOURCES.relativize(file) + " uses " + other);
                }
            }
        }
        assertThat(files).hasSizeGreaterThan(100);
        assertThat(violations).isEmpty();
    }
}

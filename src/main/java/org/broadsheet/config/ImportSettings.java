package org.broadsheet.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The {@code import:} section of the config.
 *
 * @param boilerplate extra patterns, beyond the built-in list, for lines stripped from the end of text sources
 * @param defaultDate what a source without a publication date gets: nothing (an error) or its file's modification time
 * @param tagAliases tag spellings mapped to the tag they mean ({@code js: JavaScript}), compared case-insensitively
 * @param autotag tags given to articles whose title or text contains one of the phrases
 */
public record ImportSettings(List<Pattern> boilerplate, DefaultDate defaultDate, Map<String, String> tagAliases,
        Map<String, List<String>> autotag) {

    /** The choices of {@code default_date}. */
    public enum DefaultDate { ERROR, FILE_MTIME }

    public static final ImportSettings DEFAULTS = new ImportSettings(List.of(), DefaultDate.ERROR, Map.of(), Map.of());

    public ImportSettings {
        boilerplate = List.copyOf(boilerplate);
        tagAliases = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tagAliases));
        Map<String, List<String>> rules = new LinkedHashMap<>();
        autotag.forEach((tag, phrases) -> rules.put(tag, List.copyOf(phrases)));
        autotag = java.util.Collections.unmodifiableMap(rules);
    }
}

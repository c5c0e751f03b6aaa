package org.broadsheet.config;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code import:} section of the config.
 *
 * @param boilerplate extra patterns, beyond the built-in list, for lines stripped from the end of text sources
 */
public record ImportSettings(List<Pattern> boilerplate) {

    public static final ImportSettings DEFAULTS = new ImportSettings(List.of());

    public ImportSettings {
        boilerplate = List.copyOf(boilerplate);
    }
}

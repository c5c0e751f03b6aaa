package org.broadsheet.content;

import java.nio.file.Path;

/**
 * The editor's introduction to one edition, from {@code content/editions/<id>.md}: Markdown, with optional front
 * matter giving the edition a headline.
 *
 * @param id the file name without {@code .md}, e.g. {@code 2014-w51}; the site checks that it names an edition
 * @param title the edition's headline, or empty for the default (its dates)
 * @param body Markdown
 */
public record EditionIntro(Path file, String id, String title, String body) {

    public EditionIntro {
        title = title == null ? "" : title.strip();
        body = Article.normaliseBody(body);
    }
}

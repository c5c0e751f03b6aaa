package org.broadsheet.site;

/**
 * Where a link to another content file leads: the linked page's path from the site root
 * ({@code 2024/04/talks/index.html}), and the {@code ?query} or {@code #fragment} written after the file's name.
 */
public record LinkTarget(String path, String suffix) {
}

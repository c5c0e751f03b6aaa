package org.broadsheet.content;

import java.nio.file.Path;

/** An article together with the file it was read from (absolute). */
public record ContentFile(Path file, Article article) {
}

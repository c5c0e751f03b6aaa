package org.broadsheet.ingest;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;

import org.broadsheet.content.Article;
import org.broadsheet.content.ArticleParser;

/**
 * Reads Markdown sources with YAML front matter (an article written or saved elsewhere): validated exactly like
 * content files, every problem reported with its line, and written back in Broadsheet's normal form.
 */
public final class MarkdownSourceReader implements SourceReader {

    private final ZoneId zone;

    public MarkdownSourceReader(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public String kind() {
        return "markdown";
    }

    @Override
    public boolean accepts(SourceFile source) {
        String head = new String(source.bytes(), 0, Math.min(source.bytes().length, 64), StandardCharsets.UTF_8);
        if (head.startsWith("\uFEFF")) {
            head = head.substring(1);
        }
        return head.startsWith("---\n") || head.startsWith("---\r\n");
    }

    @Override
    public List<Article> read(SourceFile source) {
        // the origin of a copied content file is not this import's business
        return List.of(ArticleParser.parse(source.path(), source.text(), zone).withOrigin(null));
    }
}

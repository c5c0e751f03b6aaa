import java.time.ZoneOffset;
import java.util.List;

import org.broadsheet.content.ContentFile;
import org.broadsheet.content.ContentLoader;
import org.broadsheet.content.Markdown;
import org.broadsheet.parallel.Parallel;

/**
 * The part of a build no build can skip: reading every article (front matter and body, as the build's load stage
 * does) and rendering its Markdown to HTML with Broadsheet's Markdown (Flexmark, parsed once, its words counted),
 * in parallel on every core; nothing else (no site model, no templates, no files written). bench/markdown-floor
 * times it as a whole command, JVM start-up included, beside a full Hugo build of the same corpus.
 *
 * Usage: java -cp broadsheet.jar:CLASSES MarkdownFloor CONTENT_DIR
 */
public final class MarkdownFloor {

    public static void main(String[] args) {
        List<ContentFile> articles = ContentLoader.load(java.nio.file.Path.of(args[0]), ZoneOffset.UTC);
        Markdown markdown = new Markdown();
        long html = Parallel.map(articles, a -> markdown.render(a.article().body()).html().length())
                .stream().mapToLong(Integer::longValue).sum();
        System.out.println(articles.size() + " articles, " + html + " characters of HTML");
    }
}

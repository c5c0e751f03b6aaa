package org.broadsheet.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.broadsheet.content.ContentFile;
import org.broadsheet.content.Markdown;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;

/**
 * One article body to HTML, the largest single cost of a build: Broadsheet's Markdown (parse, HTML, word count) and,
 * for scale, Flexmark with its default options (parse and HTML only), over the 1,000 bodies of the benches' corpus
 * in turn.
 */
@State(Scope.Thread)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MarkdownBench extends KernelBench {

    private List<String> bodies;
    private int next;
    private Markdown markdown;
    private Parser parser;
    private HtmlRenderer renderer;

    @Setup
    public void setUp() {
        bodies = Corpus.articles(1000).stream().map(ContentFile::article).map(a -> a.body()).toList();
        markdown = new Markdown();
        parser = Parser.builder().build();
        renderer = HtmlRenderer.builder().build();
    }

    private String nextBody() {
        String body = bodies.get(next);
        next = (next + 1) % bodies.size();
        return body;
    }

    @Benchmark
    public Markdown.Rendered broadsheet() {
        return markdown.render(nextBody());
    }

    @Benchmark
    public String flexmarkDefaults() {
        return renderer.render(parser.parse(nextBody()));
    }
}

package org.broadsheet.render;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.Environment;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;

import org.broadsheet.error.InputException;
import org.broadsheet.error.Problem;
import org.broadsheet.error.SourcePosition;
import org.broadsheet.error.TemplateProblemException;

/**
 * The Freemarker templates of a site: its own {@code templates/} folder first, then the built-in theme packed in the
 * jar, so a site overrides single files. Configured once; thread-safe.
 */
public final class Templates {

    /** Where the built-in theme lives on the class path. */
    public static final String THEME_RESOURCE = "/org/broadsheet/theme";
    private static final String BUILT_IN = "[built-in theme]";

    private final Configuration freemarker;
    private final Path siteTemplates;

    public Templates(Path siteTemplates, Locale locale, TimeZone zone) {
        this.siteTemplates = siteTemplates;
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        if (Files.isDirectory(siteTemplates)) {
            try {
                loaders.add(new StrictTemplateLoader(siteTemplates));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + siteTemplates, e);
            }
        }
        loaders.add(new ClassTemplateLoader(Templates.class, THEME_RESOURCE));
        cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setLocale(locale);
        // each build makes its own Templates, so within one the files never change: never re-check them (the check
        // re-opens the jar for the built-in theme, once per page)
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        cfg.setTimeZone(zone);
        cfg.setNumberFormat("computer");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setObjectWrapper(new ViewWrapper());
        this.freemarker = cfg;
    }

    /**
     * A fingerprint of every template and theme file this site renders with: its own {@code templates/} folder and
     * the built-in theme. A change to any of them changes every page's fingerprint.
     */
    public long sourceFingerprint() {
        long h = Fingerprint.string("templates");
        for (Map.Entry<String, byte[]> f : BuiltInTheme.files("").entrySet()) {
            h = Fingerprint.mix(Fingerprint.mix(h, Fingerprint.string(f.getKey())), Fingerprint.bytes(f.getValue()));
        }
        if (Files.isDirectory(siteTemplates)) {
            try (var walk = Files.walk(siteTemplates)) {
                for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                    h = Fingerprint.mix(Fingerprint.mix(h, Fingerprint.string(siteTemplates.relativize(p).toString())),
                            Fingerprint.bytes(Files.readAllBytes(p)));
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return h;
    }

    /**
     * Renders template {@code name} with {@code model}.
     *
     * @param page what is being rendered, for error messages (e.g. the article's content file)
     * @throws TemplateProblemException naming the template file and line
     */
    public String render(String name, Map<String, Object> model, String page) {
        try {
            Template template = freemarker.getTemplate(name);
            PageWriter out = new PageWriter();
            template.process(model, out);
            return out.toString();
        } catch (PageTooLarge e) {
            TemplateException where = e.where;
            throw new TemplateProblemException(new Problem(position(where.getTemplateSourceName(), where.getLineNumber()),
                    "the page grows past " + (MAX_PAGE_CHARS >> 20) + " million characters (while rendering " + page + "); "
                            + "a #list over an endless range (1..) or a loop that never stops? Give it an end"), e);
        } catch (IOException | TemplateException e) {
            throw problem(name, page, e);
        } catch (StackOverflowError e) {
            throw recursion(name, page, e);
        }
    }

    /** The most characters a template may write into one page: far more than any page, far less than the memory. */
    static final int MAX_PAGE_CHARS = 32 << 20;

    /**
     * A page being rendered, refused past {@link #MAX_PAGE_CHARS}: a template that loops without end (Freemarker has
     * no limit of its own) fails at its line instead of filling the memory.
     */
    private static final class PageWriter extends Writer {
        private final StringBuilder page = new StringBuilder(16 * 1024);

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            room(length);
            page.append(chars, offset, length);
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            room(length);
            page.append(text, offset, offset + length);
        }

        @Override
        public void write(int c) throws IOException {
            room(1);
            page.append((char) c);
        }

        private void room(int length) throws PageTooLarge {
            if (page.length() + length > MAX_PAGE_CHARS) {
                // made here, while Freemarker's environment still knows which instruction is writing
                throw new PageTooLarge(new TemplateException("page too large", Environment.getCurrentEnvironment()));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return page.toString();
        }
    }

    /** Thrown by {@link PageWriter}, the only exception a writer may throw; {@code where} knows the template line. */
    private static final class PageTooLarge extends IOException {
        private final transient TemplateException where;

        PageTooLarge(TemplateException where) {
            super(where.getMessage());
            this.where = where;
        }
    }

    /**
     * A template that overflowed the stack: Freemarker calls macros, functions and includes by recursion and has no
     * limit of its own, so this is one that calls itself without end.
     */
    private TemplateProblemException recursion(String name, String page, Throwable e) {
        return new TemplateProblemException(new Problem(position(name, null), "the template recurses without end: "
                + "a macro or function that calls itself, or a template that includes itself, here or in a template it "
                + "uses, never stops (while rendering " + page + "); give the recursion a condition that ends it"), e);
    }

    /** What went wrong, at the template file and line Freemarker names. */
    private TemplateProblemException problem(String name, String page, Exception e) {
        InputException unreadable = StrictTemplateLoader.problemIn(e); // not UTF-8: however Freemarker wrapped it
        if (unreadable != null) {
            return new TemplateProblemException(unreadable.problems(), e);
        }
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof InputException content) { // a model value the template asked for (an article's HTML)
                return new TemplateProblemException(content.problems(), e);
            }
        }
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof StackOverflowError) { // in a method the template called, which Freemarker wrapped
                return recursion(name, page, e);
            }
        }
        if (e instanceof TemplateNotFoundException) {
            return new TemplateProblemException(new Problem(SourcePosition.of(siteTemplates.resolve(name)),
                    "template '" + name + "' not found in the site's templates folder or the built-in theme"), e);
        }
        if (e instanceof ParseException p) {
            return new TemplateProblemException(new Problem(position(p.getTemplateName(), p.getLineNumber()),
                    "template syntax error: " + firstParagraph(p.getEditorMessage())), e);
        }
        if (e instanceof TemplateException t) {
            return new TemplateProblemException(new Problem(position(t.getTemplateSourceName(), t.getLineNumber()),
                    firstParagraph(t.getMessageWithoutStackTop()) + " (while rendering " + page + ")"), e);
        }
        return new TemplateProblemException(new Problem(SourcePosition.of(siteTemplates.resolve(name)),
                "cannot read template: " + e.getMessage()), e);
    }

    private SourcePosition position(String templateName, Integer line) {
        String name = templateName == null ? "?" : templateName;
        Path own = siteTemplates.resolve(name);
        Path file = Files.isRegularFile(own) ? own : Path.of(BUILT_IN, name);
        return SourcePosition.of(file, line == null ? 0 : line);
    }

    /** Freemarker messages run on with tips after a "----" line; the first paragraph says what is wrong. */
    private static String firstParagraph(String message) {
        if (message == null) {
            return "template error";
        }
        String m = message;
        int cut = m.indexOf("\n----");
        if (cut >= 0) {
            m = m.substring(0, cut);
        }
        return m.replaceAll("\\s+", " ").strip();
    }
}

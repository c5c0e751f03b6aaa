package org.broadsheet.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import nu.validator.validation.SimpleDocumentValidator;

/**
 * The Nu Html Checker (the validator behind validator.w3.org/nu), run in-process and offline: its schemas ship in
 * its jar. One instance checks many pages; it is not thread-safe.
 */
public final class HtmlValidator {

    /** HTML5 with ARIA, SVG, MathML and RDFa Lite (Open Graph's {@code property} attributes), as vnu checks by default. */
    private static final String SCHEMA = "http://s.validator.nu/html5-rdfalite.rnc";

    private final SimpleDocumentValidator validator;
    private final Collector collector = new Collector();

    public HtmlValidator() {
        // the checker reads this switch; false reports datatype problems (bad dates, URLs) as errors
        System.setProperty("nu.validator.datatype.warn", "false");
        try {
            validator = new SimpleDocumentValidator(true, false, false);
            validator.setUpMainSchema(SCHEMA, collector);
            validator.setUpValidatorAndParsers(collector, true, false);
        } catch (Exception e) {
            throw new IllegalStateException("the Nu Html Checker did not start", e);
        }
    }

    /** Every error in {@code page}, as "line:column: message"; warnings are ignored. */
    public List<String> errors(Path page) {
        collector.messages.clear();
        try (InputStream in = Files.newInputStream(page)) {
            InputSource source = new InputSource(in);
            source.setSystemId(page.toUri().toString());
            source.setEncoding("UTF-8");
            validator.checkHtmlInputSource(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            collector.messages.add("fatal: " + e.getMessage());
        }
        return List.copyOf(collector.messages);
    }

    /** Every error of every HTML page under {@code site}, as "page:line:column: message". */
    public List<String> errorsInSite(Path site) {
        List<String> all = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path page : walk.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                errors(page).forEach(e -> all.add(site.relativize(page) + ":" + e));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    private static final class Collector implements ErrorHandler {
        final List<String> messages = new ArrayList<>();

        @Override
        public void warning(SAXParseException e) {
            // warnings are advice (e.g. "consider adding a lang attribute"), not invalid HTML
        }

        @Override
        public void error(SAXParseException e) {
            messages.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            messages.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": fatal: " + e.getMessage());
        }
    }
}

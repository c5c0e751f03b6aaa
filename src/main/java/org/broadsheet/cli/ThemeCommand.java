package org.broadsheet.cli;

import java.util.concurrent.Callable;

import org.broadsheet.config.SiteConfig;
import org.broadsheet.render.BuiltInTheme;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code broadsheet theme}: the built-in theme and a site's own templates. */
@Command(name = "theme",
        header = "Copy the built-in theme into templates/ to customise it.",
        description = "The built-in theme, and your own copy of it in templates/.%n",
        mixinStandardHelpOptions = true,
        subcommands = ThemeCommand.Eject.class,
        footerHeading = "%nExamples:%n",
        footer = "  broadsheet theme eject      copy the built-in templates into templates/")
final class ThemeCommand implements Runnable {

    @ParentCommand
    BroadsheetCommand top;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code broadsheet theme eject}: a copy of the built-in theme to customise. */
    @Command(name = "eject",
            header = "Copy the built-in theme into templates/ to customise it.",
            description = "Copies the built-in theme (templates and assets) into the site's templates folder, where your copies override the built-in files one by one. Files already there are kept and named, never overwritten: delete one to get the built-in version again. Copies you leave unchanged stop receiving theme updates, so delete those you do not customise.%n",
            mixinStandardHelpOptions = true,
            footerHeading = "%nExamples:%n",
            footer = {
                "  broadsheet theme eject",
                "  broadsheet theme eject -c ~/digests/harbour/broadsheet.yaml"})
    static final class Eject implements Callable<Integer> {

        @ParentCommand
        ThemeCommand theme;

        @Override
        public Integer call() {
            Console console = theme.top.console();
            SiteConfig config = theme.top.loadConfig(console);
            NewFiles files = new NewFiles(console, config.paths().root());
            files.createAll(config.paths().templates(), BuiltInTheme.files(""));
            console.info("theme eject: " + files.created() + " files copied into "
                    + config.paths().display(config.paths().templates()) + "/"
                    + (files.kept() > 0 ? ", " + files.kept() + " existing files kept" : ""));
            return ExitCodes.OK;
        }
    }
}

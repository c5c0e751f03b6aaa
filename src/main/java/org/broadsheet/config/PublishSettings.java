package org.broadsheet.config;

/**
 * The {@code publish:} section of the config, used by {@code broadsheet publish}.
 *
 * @param git the repository to publish to when {@code --git} is not given; empty when unset
 * @param branch the branch the site is committed to
 * @param cname the custom domain written to {@code CNAME} for GitHub Pages; empty for none
 */
public record PublishSettings(String git, String branch, String cname) {

    public static final PublishSettings DEFAULTS = new PublishSettings("", "gh-pages", "");

    public PublishSettings {
        git = git == null ? "" : git.strip();
        branch = branch == null || branch.isBlank() ? DEFAULTS.branch() : branch.strip();
        cname = cname == null ? "" : cname.strip();
    }
}

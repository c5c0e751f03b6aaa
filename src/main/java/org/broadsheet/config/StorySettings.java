package org.broadsheet.config;

/**
 * The {@code stories:} section of the config: when two articles are reports of the same story.
 *
 * @param similarity the least estimated share of three-word phrases two texts have in common (0 to 1)
 * @param titleTerms how many rare words two headlines must share; 0 matches by text alone
 * @param days how many days apart two articles matched by their headlines may be
 */
public record StorySettings(double similarity, int titleTerms, int days) {

    public static final StorySettings DEFAULTS = new StorySettings(0.5, 2, 3);

    public StorySettings {
        if (similarity <= 0 || similarity > 1 || titleTerms < 0 || days < 0) {
            throw new IllegalArgumentException("similarity in (0, 1], title terms and days not negative");
        }
    }
}

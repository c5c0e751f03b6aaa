package org.broadsheet.fs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Editors' and systems' leftovers are told apart from files people mean to publish. */
class LitterTest {

    @ParameterizedTest
    @ValueSource(strings = {"a.md~", "2024/05/a.md.bak", "a.md.bak2", ".a.md.swp", "x.tmp", "#a.md#", "images/.DS_Store",
        "Thumbs.db", ".git/config", "theme/.git/HEAD"})
    void leftoversAreLitter(String path) {
        assertThat(Litter.is(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.md", "backup-plan.md", "images/pic.png", "notes.txt", "bak.html", ".well-known/security.txt",
        "a#b.html", "git/readme.txt", "CNAME"})
    void filesPeopleMeanToPublishAreNot(String path) {
        assertThat(Litter.is(path)).isFalse();
    }
}

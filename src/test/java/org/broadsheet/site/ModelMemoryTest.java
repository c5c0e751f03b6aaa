package org.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.broadsheet.content.Article;
import org.broadsheet.content.ArticleDate;
import org.junit.jupiter.api.Test;

class ModelMemoryTest {

    private static Article article(String title) {
        return Article.of(title, ArticleDate.ofDay(LocalDate.of(2024, 5, 1), ZoneOffset.UTC), "Text.");
    }

    @Test
    void documentFrequenciesFollowTheArticlesThatComeAndGoAsAFreshCountWould() {
        Article harbour = article("Harbour");
        Article ferry = article("Ferry");
        Article storm = article("Storm");
        Article ferryEdited = article("Ferry");
        ModelMemory kept = new ModelMemory();

        Map<String, Integer> first = Map.copyOf(kept.documentFrequencies("words", List.of(harbour, ferry),
                List.of(Set.of("harbour", "wall"), Set.of("ferry", "harbour"))));
        // the ferry article was edited (a new object), the storm one is new, the harbour one unchanged
        Map<String, Integer> second = Map.copyOf(kept.documentFrequencies("words", List.of(harbour, ferryEdited, storm),
                List.of(Set.of("harbour", "wall"), Set.of("ferry", "strike"), Set.of("storm", "wall"))));
        Map<String, Integer> fresh = new ModelMemory().documentFrequencies("words", List.of(harbour, ferryEdited, storm),
                List.of(Set.of("harbour", "wall"), Set.of("ferry", "strike"), Set.of("storm", "wall")));

        assertThat(first).isEqualTo(Map.of("harbour", 2, "wall", 1, "ferry", 1));
        assertThat(second).isEqualTo(fresh)
                .isEqualTo(Map.of("harbour", 1, "wall", 2, "ferry", 1, "strike", 1, "storm", 1));
        assertThat(kept.documentFrequencies("words", List.of(storm), List.of(Set.of("storm", "wall"))))
                .isEqualTo(Map.of("storm", 1, "wall", 1));
    }
}

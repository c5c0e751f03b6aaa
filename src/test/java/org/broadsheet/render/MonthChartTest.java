package org.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.broadsheet.content.Article;
import org.broadsheet.content.ArticleDate;
import org.broadsheet.site.Entry;
import org.broadsheet.site.Timeline;
import org.junit.jupiter.api.Test;

/** The timeline chart: every month from the first to the last, bars only where there are articles, a summary in words. */
class MonthChartTest {

    private static Timeline.Month month(String ym, int count) {
        YearMonth month = YearMonth.parse(ym);
        Article article = Article.of("A story", ArticleDate.ofDay(month.atDay(1), ZoneOffset.UTC), "Body.");
        Entry entry = new Entry(Path.of("a.md"), article, "a-story", "a/index.html", month.atDay(1), "");
        return new Timeline.Month(month, Collections.nCopies(count, entry));
    }

    private static Views.Chart chart(Timeline.Month... months) {
        List<Timeline.Month> list = new ArrayList<>(List.of(months));
        List<Timeline.Year> years = new ArrayList<>();
        list.stream().map(m -> m.month().getYear()).distinct().sorted(Collections.reverseOrder()).forEach(y ->
                years.add(new Timeline.Year(y, list.stream().filter(m -> m.month().getYear() == y).toList())));
        return MonthChart.of(new Timeline(years), m -> m.getMonth() + " " + m.getYear(), m -> m.getMonth().toString().substring(0, 3));
    }

    @Test
    void barsAreScaledToTheBusiestMonthAndEmptyMonthsKeepTheirPlace() {
        Views.Chart chart = chart(month("2024-03", 4), month("2024-01", 2));

        assertThat(chart.bars()).hasSize(2);
        Views.Bar january = chart.bars().get(0);
        Views.Bar march = chart.bars().get(1);
        assertThat(march.height()).isEqualTo(MonthChart.BASELINE - MonthChart.TOP);
        assertThat(january.height()).isEqualTo(march.height() / 2);
        assertThat(march.y() + march.height()).isEqualTo(chart.baseline());
        assertThat(march.x() - january.x()).as("February keeps its slot").isEqualTo(2 * ((march.x() - january.x()) / 2));
        assertThat(chart.labels()).extracting(Views.Label::text).containsExactly("JAN", "FEB", "MAR");
        assertThat(march.title()).isEqualTo("MARCH 2024: 4 articles");
        assertThat(chart.summary()).isEqualTo("Articles per month from JANUARY 2024 to MARCH 2024: 6 articles in 3 months; "
                + "the busiest month was MARCH 2024 with 4 articles.");
        assertThat(chart.gridlines()).extracting(Views.Label::text).containsExactly("4", "2");
    }

    @Test
    void longTimelinesNameYearsNotMonthsAndStayWithinTheirWidth() {
        Views.Chart chart = chart(month("2024-12", 1), month("2015-01", 3));

        assertThat(chart.labels()).extracting(Views.Label::text)
                .containsExactly("2015", "2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024");
        assertThat(chart.bars()).allMatch(b -> b.x() + b.width() <= chart.right());
        assertThat(chart.labels()).allMatch(l -> l.x() <= chart.right());
    }

    @Test
    void aPartialFirstYearTooNarrowForItsLabelIsNotNamed() {
        Views.Chart chart = chart(month("2024-12", 1), month("2015-11", 3));

        assertThat(chart.labels()).extracting(Views.Label::text).startsWith("2016");
        for (int i = 1; i < chart.labels().size(); i++) {
            assertThat(chart.labels().get(i).x() - chart.labels().get(i - 1).x()).isGreaterThanOrEqualTo(MonthChart.YEAR_LABEL_WIDTH);
        }
    }
}

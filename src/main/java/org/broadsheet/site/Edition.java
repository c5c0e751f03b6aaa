package org.broadsheet.site;

import java.time.LocalDate;
import java.util.List;

import org.broadsheet.content.EditionIntro;

/**
 * One issue of the digest: the articles of one day, week or month, in the editor's order (featured first, then by
 * priority, then newest), each story once with its other reports, the featured stories apart and the rest in
 * sections by tag or publication.
 *
 * @param id e.g. {@code 2014-w51}, also the name of its folder and of its introduction file
 * @param end the last day, inclusive
 * @param path its page, relative to the site root
 * @param intro the editor's introduction, or null
 * @param entries every article of the edition, in the editor's order
 */
public record Edition(String id, LocalDate start, LocalDate end, String path, EditionIntro intro, List<Entry> entries,
        List<Story> featured, List<Section> sections) {

    public Edition {
        entries = List.copyOf(entries);
        featured = List.copyOf(featured);
        sections = List.copyOf(sections);
    }

    /**
     * A story as an edition lists it: its leading article and the edition's other reports of the same story.
     */
    public record Story(Entry lead, List<Entry> others) {
        public Story {
            others = List.copyOf(others);
        }
    }

    /**
     * The stories of one tag or publication.
     *
     * @param name the tag's or publication's name; empty for stories that have none
     * @param slug its URL name, empty for stories that have none
     */
    public record Section(String name, String slug, List<Story> stories) {
        public Section {
            stories = List.copyOf(stories);
        }
    }

    /** The number of stories (a story reported by three publications counts once). */
    public int storyCount() {
        return featured.size() + sections.stream().mapToInt(s -> s.stories().size()).sum();
    }
}

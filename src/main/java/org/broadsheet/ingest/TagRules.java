package org.broadsheet.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.broadsheet.config.ImportSettings;
import org.broadsheet.content.Slugs;

/**
 * Decides an imported article's tags: the source's own categories or keywords, normalised (tags that slugify alike
 * are one tag, the first display form kept), renamed through {@code tag_aliases}, plus the {@code autotag} tags whose
 * phrases occur in the title or text. Every decision comes with its reason, for {@code import --explain}.
 */
public final class TagRules {

    /** The tags, and one line per tag saying where it came from. */
    public record Decision(List<String> tags, List<String> reasons) {
        public Decision {
            tags = List.copyOf(tags);
            reasons = List.copyOf(reasons);
        }
    }

    private final Map<String, String> aliases = new LinkedHashMap<>();
    private final Map<String, List<Pattern>> autotag = new LinkedHashMap<>();
    private final Map<String, List<String>> phrases = new LinkedHashMap<>();

    public TagRules(ImportSettings settings) {
        settings.tagAliases().forEach((alias, tag) -> aliases.put(key(alias), tag.strip()));
        settings.autotag().forEach((tag, list) -> {
            phrases.put(tag, list);
            autotag.put(tag, list.stream().map(p -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(p.strip()) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList());
        });
    }

    /** The tag of a name, as the site makes its page: case, accents and punctuation do not make a different tag. */
    static String key(String name) {
        return Slugs.nameSlug(name.strip(), name.strip().toLowerCase(Locale.ROOT));
    }

    public Decision decide(List<String> sourceTags, String title, String text) {
        Map<String, String> tags = new LinkedHashMap<>();
        List<String> reasons = new ArrayList<>();
        for (String raw : sourceTags) {
            String name = raw.strip().replaceAll("\\s+", " ");
            if (name.isEmpty()) {
                continue;
            }
            String alias = aliases.get(key(name));
            String tag = alias != null ? alias : name;
            if (tags.putIfAbsent(key(tag), tag) == null) {
                reasons.add("tag '" + tag + "': " + (alias != null ? "the source's '" + name + "', renamed by tag_aliases" : "from the source"));
            }
        }
        autotag.forEach((tag, patterns) -> {
            for (int i = 0; i < patterns.size(); i++) {
                String where = patterns.get(i).matcher(title).find() ? "title"
                        : patterns.get(i).matcher(text).find() ? "text" : null;
                if (where != null) {
                    String canonical = aliases.getOrDefault(key(tag), tag);
                    if (tags.putIfAbsent(key(canonical), canonical) == null) {
                        reasons.add("tag '" + canonical + "': autotag phrase '" + phrases.get(tag).get(i) + "' in the " + where);
                    }
                    break;
                }
            }
        });
        return new Decision(new ArrayList<>(tags.values()), reasons);
    }
}

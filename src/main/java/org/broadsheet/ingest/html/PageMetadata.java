package org.broadsheet.ingest.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * What a page says about its article, from JSON-LD ({@code NewsArticle}, {@code Article}, …), Open Graph and
 * {@code article:*} meta, Dublin Core, Parse.ly, {@code meta name=author/description/keywords}, {@code <time
 * datetime>}, {@code <link rel=canonical>} and the {@code <title>}. Structured data wins over meta tags, which win
 * over the {@code <title>}. Empty strings where the page says nothing.
 */
public record PageMetadata(String title, String byline, String excerpt, String siteName, String published,
        String modified, String canonicalUrl, List<String> keywords) {

    private static final Pattern PROPERTY = Pattern.compile(
            "\\s*(article|dc|dcterm|og|twitter)\\s*:\\s*(author|creator|description|published_time|modified_time|title|site_name|tag)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile(
            "^\\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(article|webpage))\\s*[-.:]\\s*)?(author|creator|pub-date|description|title|site_name|keywords|tags)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ARTICLE_TYPES = Pattern.compile(
            "^Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle"
            + "|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle"
            + "|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle"
            + "|APIReference$");
    private static final Pattern SCHEMA_ORG = Pattern.compile("^https?://schema\\.org/?$");
    private static final Pattern URL = Pattern.compile("^https?://\\S+$");

    public PageMetadata {
        keywords = List.copyOf(keywords);
    }

    /** Reads the metadata of {@code doc}; call before scripts are removed, since JSON-LD lives in them. */
    public static PageMetadata read(Document doc) {
        Map<String, String> jsonLd = jsonLd(doc);
        Map<String, String> values = new HashMap<>();
        List<String> keywords = new ArrayList<>();
        for (Element meta : doc.getElementsByTag("meta")) {
            String content = meta.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            String property = meta.attr("property");
            boolean matched = false;
            if (!property.isEmpty()) {
                Matcher m = PROPERTY.matcher(property);
                while (m.find()) {
                    matched = true;
                    String key = m.group().toLowerCase(Locale.ROOT).replaceAll("\\s", "");
                    if (key.equals("article:tag")) {
                        keywords.add(content);
                    } else {
                        values.put(key, content);
                    }
                }
            }
            String name = meta.attr("name");
            if (!matched && !name.isEmpty() && NAME.matcher(name).matches()) {
                String key = name.toLowerCase(Locale.ROOT).replaceAll("\\s", "").replace('.', ':');
                if (key.endsWith("keywords") || key.endsWith("tags")) {
                    for (String k : content.split("[,;]")) {
                        keywords.add(k);
                    }
                } else {
                    values.put(key, content);
                }
            }
        }
        String title = first(jsonLd.get("title"), values.get("dc:title"), values.get("dcterm:title"), values.get("og:title"),
                values.get("weibo:article:title"), values.get("weibo:webpage:title"), values.get("title"),
                values.get("twitter:title"), values.get("parsely-title"));
        if (title.isEmpty()) {
            title = PageTitle.of(doc);
        }
        String articleAuthor = values.getOrDefault("article:author", "");
        String byline = first(jsonLd.get("byline"), values.get("dc:creator"), values.get("dcterm:creator"), values.get("author"),
                values.get("parsely-author"), URL.matcher(articleAuthor).matches() ? "" : articleAuthor);
        String excerpt = first(jsonLd.get("excerpt"), values.get("dc:description"), values.get("dcterm:description"),
                values.get("og:description"), values.get("weibo:article:description"), values.get("weibo:webpage:description"),
                values.get("description"), values.get("twitter:description"));
        String siteName = first(jsonLd.get("siteName"), values.get("og:site_name"));
        String published = first(jsonLd.get("datePublished"), values.get("article:published_time"), values.get("parsely-pub-date"),
                attr(doc, "meta[itemprop=datePublished]", "content"), attr(doc, "time[itemprop=datePublished]", "datetime"),
                attr(doc, "time[pubdate][datetime]", "datetime"), attr(doc, "meta[name=date]", "content"),
                attr(doc, "meta[name=dc.date]", "content"), attr(doc, "article time[datetime]", "datetime"));
        String modified = first(jsonLd.get("dateModified"), values.get("article:modified_time"));
        String canonical = first(attr(doc, "link[rel=canonical]", "abs:href"), attr(doc, "meta[property=og:url]", "abs:content"));
        if (jsonLd.containsKey("keywords")) {
            keywords.addAll(List.of(jsonLd.get("keywords").split(",")));
        }
        Set<String> tags = new LinkedHashSet<>();
        for (String k : keywords) {
            // "Lite:true" and the like are a site's internal flags, not subjects
            if (!k.isBlank() && k.strip().length() <= 60 && !k.strip().matches("[\\w-]+[:=]\\S*")) {
                tags.add(k.strip());
            }
        }
        title = withoutName(clean(title), clean(siteName), clean(byline));
        return new PageMetadata(title, clean(byline), clean(excerpt), clean(siteName), published.strip(),
                modified.strip(), canonical.strip(), List.copyOf(tags));
    }

    /**
     * The title without the site name and byline that a page's title tag repeats after separators ("Harbour Wall Vote |
     * Jane Doe", "… - Jane Doe - The Gazette"), as long as a headline of two words or more is left. Readability keeps
     * them; a digest shows the author and publication beside the headline already.
     */
    public static String withoutName(String title, String... names) {
        String left = title;
        for (boolean cut = true; cut; ) {
            cut = false;
            for (String name : names) {
                Matcher suffix = name.isBlank() ? null : Pattern.compile("\\s+[|\\-\u2013\u2014:»·]\\s+(?:by\\s+)?"
                        + Pattern.quote(name) + "\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(left);
                if (suffix != null && suffix.find() && left.substring(0, suffix.start()).strip().split("\\s+").length >= 2) {
                    left = left.substring(0, suffix.start()).strip();
                    cut = true;
                }
            }
        }
        return left;
    }

    private static String attr(Document doc, String selector, String attribute) {
        Element e = doc.selectFirst(selector);
        return e == null ? "" : e.attr(attribute);
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }

    /** Meta values are attribute text: entities are already decoded by the parser; only whitespace is tidied. */
    private static String clean(String s) {
        return org.jsoup.parser.Parser.unescapeEntities(s, false).replaceAll("\\s+", " ").strip();
    }

    /** The article fields of the page's first JSON-LD block that describes an article from schema.org. */
    private static Map<String, String> jsonLd(Document doc) {
        Map<String, String> found = new HashMap<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            String content = script.data().replaceAll("^\\s*<!\\[CDATA\\[|\\]\\]>\\s*$", "");
            try {
                JsonElement parsed = JsonParser.parseString(content);
                JsonObject article = articleObject(parsed);
                if (article == null) {
                    continue;
                }
                String name = string(article, "name");
                String headline = string(article, "headline");
                if (!name.isEmpty() && !headline.isEmpty() && !name.equals(headline)) {
                    String pageTitle = PageTitle.of(doc);
                    boolean nameMatches = TextSimilarity.of(name, pageTitle) > 0.75;
                    boolean headlineMatches = TextSimilarity.of(headline, pageTitle) > 0.75;
                    found.put("title", headlineMatches && !nameMatches ? headline : name);
                } else {
                    found.put("title", name.isEmpty() ? headline : name);
                }
                found.put("byline", authors(article.get("author")));
                found.put("excerpt", string(article, "description"));
                if (article.get("publisher") instanceof JsonObject publisher) {
                    found.put("siteName", string(publisher, "name"));
                }
                found.put("datePublished", string(article, "datePublished"));
                found.put("dateModified", string(article, "dateModified"));
                JsonElement keywords = article.get("keywords");
                if (keywords instanceof JsonArray array) {
                    found.put("keywords", String.join(",", array.asList().stream().filter(JsonElement::isJsonPrimitive)
                            .map(JsonElement::getAsString).toList()));
                } else if (keywords != null && keywords.isJsonPrimitive()) {
                    found.put("keywords", keywords.getAsString());
                }
                return found;
            } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
                // a broken JSON-LD block is common and harmless: the meta tags still speak
            }
        }
        return found;
    }

    private static JsonObject articleObject(JsonElement parsed) {
        JsonObject obj = null;
        if (parsed instanceof JsonArray array) {
            for (JsonElement e : array) {
                if (e instanceof JsonObject o && isArticleType(o)) {
                    obj = o;
                    break;
                }
            }
        } else if (parsed instanceof JsonObject o) {
            obj = o;
        }
        if (obj == null || !isSchemaOrg(obj)) {
            return null;
        }
        if (!obj.has("@type") && obj.get("@graph") instanceof JsonArray graph) {
            obj = null;
            for (JsonElement e : graph) {
                if (e instanceof JsonObject o && isArticleType(o)) {
                    obj = o;
                    break;
                }
            }
        }
        return obj != null && isArticleType(obj) ? obj : null;
    }

    private static boolean isSchemaOrg(JsonObject o) {
        JsonElement context = o.get("@context");
        if (context != null && context.isJsonPrimitive()) {
            return SCHEMA_ORG.matcher(context.getAsString()).find();
        }
        return context instanceof JsonObject c && c.get("@vocab") != null && c.get("@vocab").isJsonPrimitive()
                && SCHEMA_ORG.matcher(c.get("@vocab").getAsString()).find();
    }

    private static boolean isArticleType(JsonObject o) {
        JsonElement type = o.get("@type");
        if (type == null) {
            return false;
        }
        if (type.isJsonPrimitive()) {
            return ARTICLE_TYPES.matcher(type.getAsString()).find();
        }
        return type instanceof JsonArray array && array.asList().stream()
                .anyMatch(t -> t.isJsonPrimitive() && ARTICLE_TYPES.matcher(t.getAsString()).find());
    }

    private static String authors(JsonElement author) {
        if (author instanceof JsonObject o) {
            return string(o, "name");
        }
        if (author instanceof JsonArray array) {
            List<String> names = new ArrayList<>();
            for (JsonElement e : array) {
                if (e instanceof JsonObject o && !string(o, "name").isEmpty()) {
                    names.add(string(o, "name"));
                }
            }
            return String.join(", ", names);
        }
        return "";
    }

    private static String string(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e != null && e.isJsonPrimitive() ? e.getAsString().strip() : "";
    }
}

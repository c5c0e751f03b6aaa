package org.broadsheet.render;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1), written with {@link Json}. */
final class JsonFeedEncoder implements FeedEncoder {

    static final String VERSION = "https://jsonfeed.org/version/1.1";

    @Override
    public byte[] encode(Feed feed) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", VERSION);
        root.put("title", feed.title());
        root.put("home_page_url", feed.homeUrl());
        root.put("feed_url", feed.selfUrl());
        if (!feed.subtitle().isEmpty()) {
            root.put("description", feed.subtitle());
        }
        root.put("language", feed.language());
        root.put("authors", List.of(Map.of("name", feed.author())));
        List<Object> items = new ArrayList<>();
        for (Feed.Item item : feed.items()) {
            Map<String, Object> i = new LinkedHashMap<>();
            i.put("id", item.id());
            i.put("url", item.url());
            if (!item.originalUrl().isEmpty()) {
                i.put("external_url", item.originalUrl());
            }
            i.put("title", item.title());
            if (!item.contentHtml().isEmpty()) {
                i.put("content_html", item.contentHtml());
            } else {
                i.put("content_text", item.summary());
            }
            if (!item.summary().isEmpty()) {
                i.put("summary", item.summary());
            }
            i.put("date_published", date(item.published()));
            if (!item.author().isEmpty()) {
                i.put("authors", List.of(Map.of("name", item.author())));
            }
            if (!item.tags().isEmpty()) {
                i.put("tags", item.tags());
            }
            items.add(i);
        }
        root.put("items", items);
        return (Json.write(root) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String date(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }
}

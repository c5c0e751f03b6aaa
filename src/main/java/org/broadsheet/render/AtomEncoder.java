package org.broadsheet.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Generator;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;

/** Atom 1.0, written by Rome, so every title, summary and body is escaped by an XML library. */
final class AtomEncoder implements FeedEncoder {

    @Override
    public byte[] encode(Feed feed) {
        com.rometools.rome.feed.atom.Feed atom = new com.rometools.rome.feed.atom.Feed("atom_1.0");
        atom.setId(feed.id());
        atom.setTitle(feed.title());
        if (!feed.subtitle().isEmpty()) {
            atom.setSubtitle(text(feed.subtitle()));
        }
        atom.setLanguage(feed.language());
        atom.setUpdated(Date.from(feed.updated()));
        atom.setAlternateLinks(List.of(link("alternate", "text/html", feed.homeUrl())));
        atom.setOtherLinks(List.of(link("self", OutputFormat.ATOM.mediaType(), feed.selfUrl())));
        atom.setAuthors(List.of(person(feed.author())));
        Generator generator = new Generator();
        generator.setValue("Broadsheet");
        atom.setGenerator(generator);

        List<Entry> entries = new ArrayList<>();
        for (Feed.Item item : feed.items()) {
            Entry e = new Entry();
            e.setId(item.id());
            e.setTitle(item.title());
            e.setAlternateLinks(List.of(link("alternate", "text/html", item.url())));
            if (!item.originalUrl().isEmpty()) {
                Link original = link("related", "text/html", item.originalUrl());
                original.setTitle(item.publication().isEmpty() ? "The original article" : "The original at " + item.publication());
                e.setOtherLinks(List.of(original));
            }
            e.setPublished(Date.from(item.published()));
            e.setUpdated(Date.from(item.published()));
            if (!item.author().isEmpty()) {
                e.setAuthors(List.of(person(item.author())));
            }
            List<Category> categories = new ArrayList<>();
            for (String tag : item.tags()) {
                Category c = new Category();
                c.setTerm(tag);
                categories.add(c);
            }
            e.setCategories(categories);
            if (!item.summary().isEmpty()) {
                e.setSummary(text(item.summary()));
            }
            if (!item.contentHtml().isEmpty()) {
                Content content = new Content();
                content.setType("html");
                content.setValue(item.contentHtml());
                e.setContents(List.of(content));
            }
            entries.add(e);
        }
        atom.setEntries(entries);
        try {
            return new WireFeedOutput().outputString(atom, true).getBytes(StandardCharsets.UTF_8);
        } catch (FeedException e) {
            throw new IllegalStateException("Rome refused an Atom feed Broadsheet built: " + feed.id(), e);
        }
    }

    private static Content text(String value) {
        Content c = new Content();
        c.setType("text");
        c.setValue(value);
        return c;
    }

    private static Link link(String rel, String type, String href) {
        Link link = new Link();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }

    private static SyndPerson person(String name) {
        Person p = new Person();
        p.setName(name);
        return p;
    }
}

package org.broadsheet.testing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedInput;

import javax.json.Json;
import javax.json.JsonObject;
import javax.json.JsonReader;

/** Reads a built site's feeds back with real parsers: Rome for Atom and RSS, a JSON parser for JSON Feed. */
public final class Feeds {

    private Feeds() {
    }

    /** Every Atom feed ({@code feed.xml}) under {@code site}. */
    public static List<Path> atomFiles(Path site) {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.getFileName().toString().equals("feed.xml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses an Atom feed with Rome, failing on anything Rome rejects. */
    public static Feed atom(Path file) {
        return (Feed) wire(file);
    }

    /** Parses an RSS 2.0 feed with Rome, failing on anything Rome rejects. */
    public static Channel rss(Path file) {
        Channel channel = (Channel) wire(file);
        if (!channel.getFeedType().equals("rss_2.0")) {
            throw new AssertionError(file + " is " + channel.getFeedType() + ", not RSS 2.0");
        }
        return channel;
    }

    private static WireFeed wire(Path file) {
        try {
            WireFeedInput input = new WireFeedInput(false, java.util.Locale.ROOT);
            input.setXmlHealerOn(false); // no repairs: the file must be well-formed as written
            return input.build(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FeedException e) {
            throw new AssertionError(file + " is not a valid feed: " + e.getMessage(), e);
        }
    }

    public static JsonObject json(Path file) {
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

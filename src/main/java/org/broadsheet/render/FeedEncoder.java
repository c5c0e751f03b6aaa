package org.broadsheet.render;

/** Turns a {@link Feed} into the bytes of one feed format. Implementations are stateless and thread-safe. */
public interface FeedEncoder {

    byte[] encode(Feed feed);
}

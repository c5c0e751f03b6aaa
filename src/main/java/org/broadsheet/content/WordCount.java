package org.broadsheet.content;

import java.util.function.BiConsumer;

import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;

import com.vladsch.flexmark.util.ast.BlankLineBreakNode;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.DoNotCollectText;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.TextContainer;
import com.vladsch.flexmark.util.ast.Visitor;
import com.vladsch.flexmark.util.misc.CharPredicate;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SequenceUtils;
import com.vladsch.flexmark.util.sequence.SubSequence;
import com.vladsch.flexmark.util.sequence.builder.ISequenceBuilder;

/**
 * The words a reader reads in a parsed document: the count {@link Markdown#countWords} gives for the text Flexmark's
 * {@code TextCollectingVisitor} collects with spaces between nodes, counted as the text streams past instead of
 * collected. Collecting built the text out of segments of the document and then a string of it, which took three
 * quarters of the time of rendering the document's HTML. The walk is the visitor's own and the nodes still say what text they hold; only
 * where it goes differs. Streaming also counts what the nodes hold where Flexmark's collected text is wrong: rebuilt
 * from positions in the source, it can bring back an entity that unescaping replaced ("&amp;" in "&amp; \*") or
 * drop text beside one (tests compare the counts with the collected text, and with Flexmark's own walk handing it
 * plain strings).
 */
final class WordCount {

    private WordCount() {
    }

    static int of(Document doc) {
        Counter counter = new Counter();
        new Walker(counter).visit(doc);
        return counter.words.words;
    }

    /**
     * Counts the words of a text fed a character at a time, for {@link Markdown#countWords} too. ASCII is classified
     * inline: the JDK's lookups were most of the time of counting.
     */
    static final class Words {
        int words;
        private boolean counted; // the current run of non-space characters has been counted

        void accept(char c) {
            if (c < 128 ? c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1C && c <= 0x1F : Character.isWhitespace(c)) {
                counted = false;
            } else if (!counted && (c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    : Character.isLetterOrDigit(c))) {
                words++;
                counted = true;
            }
        }
    }

    /** Flexmark's text-collecting walk (TextCollectingVisitor), feeding {@link Counter}. */
    private static final class Walker extends NodeVisitor {
        private final Counter out;

        Walker(Counter out) {
            this.out = out;
        }

        @Override
        public void processNode(@NotNull Node node, boolean withChildren, @NotNull BiConsumer<Node, Visitor<Node>> processor) {
            // Flexmark's walk also ends a line after a line break node when the source had one there; the node's
            // own text already ends with one, so that only ever puts a line break after a line break: no word changes
            if (!node.isOrDescendantOfType(DoNotCollectText.class)) {
                out.setLastNode(node);
                if (node instanceof Block && out.length() > 0) {
                    out.appendEol();
                }
                if (node instanceof TextContainer textContainer) {
                    if (textContainer.collectText(out, TextContainer.F_ADD_SPACES_BETWEEN_NODES, this)) {
                        if (node instanceof BlankLineBreakNode && out.length() > 0) {
                            out.appendEol();
                        }
                        processChildren(node, processor);
                    }
                    textContainer.collectEndText(out, TextContainer.F_ADD_SPACES_BETWEEN_NODES, this);
                } else {
                    processChildren(node, processor);
                }
            }
        }
    }

    /**
     * Flexmark's space-inserting text builder (SpaceInsertingSequenceBuilder with spaces between nodes) reduced to
     * what counting needs: the words so far, the length, the last character.
     */
    private static final class Counter implements ISequenceBuilder<Counter, BasedSequence> {
        private final Words words = new Words();
        private int length;
        private char last;
        /** A node began since the last space was put in: its first non-space text gets one before it. */
        private boolean addSpaces;

        void setLastNode(Node node) {
            if (!(node instanceof Document)) {
                addSpaces = true;
            }
        }

        void appendEol() {
            append('\n');
        }

        private boolean needSpace() {
            return length > 0 && !CharPredicate.WHITESPACE.test(last);
        }

        private void put(char c) {
            words.accept(c);
            last = c;
            length++;
        }

        @Override
        public @NotNull Counter append(@Nullable CharSequence chars, int startIndex, int endIndex) {
            if (addSpaces && chars != null && startIndex < endIndex && !CharPredicate.WHITESPACE.test(chars.charAt(startIndex))
                    && needSpace()) {
                put(' ');
                addSpaces = false;
            }
            if (chars instanceof SubSequence sub && sub.getBase() instanceof String base) {
                // the document's own text, read from its string: through the sequence, every character cost an
                // interface call and a bounds check (a sixth of the count's time)
                int offset = sub.getStartOffset();
                for (int i = startIndex; i < endIndex; i++) {
                    char c = base.charAt(offset + i);
                    put(c == SequenceUtils.NUL ? SequenceUtils.ENC_NUL : c); // as the sequence gives it
                }
            } else if (chars != null) {
                for (int i = startIndex; i < endIndex; i++) {
                    put(chars.charAt(i));
                }
            }
            return this;
        }

        @Override
        public @NotNull Counter append(char c) {
            return append(c, 1);
        }

        @Override
        public @NotNull Counter append(char c, int count) {
            if (addSpaces && !CharPredicate.WHITESPACE.test(c) && needSpace()) {
                put(' ');
                addSpaces = false;
            }
            for (int i = 0; i < count; i++) {
                put(c);
            }
            return this;
        }

        @Override
        public int length() {
            return length;
        }

        @Override
        public @Nullable BasedSequence getSingleBasedSequence() {
            return null;
        }

        @Override
        public @NotNull Counter getBuilder() {
            return new Counter();
        }

        @Override
        public char charAt(int index) {
            throw new UnsupportedOperationException("a word count keeps no text");
        }

        @Override
        public @NotNull BasedSequence toSequence() {
            throw new UnsupportedOperationException("a word count keeps no text");
        }
    }
}

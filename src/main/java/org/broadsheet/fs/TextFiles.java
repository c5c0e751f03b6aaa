package org.broadsheet.fs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.broadsheet.error.InputException;
import org.broadsheet.error.Problem;
import org.broadsheet.error.SourcePosition;

/** Reads the text files people write by hand: content, edition intros, the config. */
public final class TextFiles {

    private TextFiles() {
    }

    /**
     * Reads a text file as strict UTF-8 (UTF-16 when it starts with a UTF-16 byte-order mark): a bad byte is a
     * problem at its line, never silently replaced.
     */
    public static String readUtf8(Path file) {
        return readUtf8(file, "save it as UTF-8 in your editor");
    }

    /**
     * Like {@link #readUtf8(Path)}, for files that are not edited as a whole: {@code howToFix} is what the problem of a
     * bad byte tells the user to do.
     */
    public static String readUtf8(Path file, String howToFix) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(new Problem(SourcePosition.of(file), "cannot read the file: " + e.getMessage()), e);
        }
        boolean utf16 = bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
        if (!utf16) {
            // the JDK's own decoding is far quicker than a strict decoder's; it replaces bad bytes, so the text is
            // good UTF-8 exactly when encoding it gives the bytes back, and otherwise the strict decoder says where
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (Arrays.equals(text.getBytes(StandardCharsets.UTF_8), bytes)) {
                return text;
            }
        }
        try {
            if (utf16) {
                // the UTF_16 decoder reads the byte-order mark and drops it
                return StandardCharsets.UTF_16.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
            }
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            if (utf16) {
                throw new InputException(new Problem(SourcePosition.of(file),
                        "the file starts like UTF-16 but is not valid UTF-16; " + howToFix));
            }
            int line = 1 + lineOfFirstBadByte(bytes);
            throw new InputException(new Problem(SourcePosition.of(file, line),
                    "the file is not valid UTF-8 (from line " + line + " on); " + howToFix));
        }
    }

    private static int lineOfFirstBadByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        int lines = 0;
        for (int i = 0; i < in.position(); i++) {
            if (bytes[i] == '\n') {
                lines++;
            }
        }
        return lines;
    }
}

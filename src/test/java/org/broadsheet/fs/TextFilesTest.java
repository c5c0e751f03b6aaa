package org.broadsheet.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.broadsheet.error.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading text files: good UTF-8 as it is, anything else refused, exactly as a strict decoder decides. */
class TextFilesTest {

    @TempDir
    Path dir;

    /**
     * Random mixtures of ASCII, good multi-byte sequences and the ways UTF-8 goes wrong (stray continuation bytes,
     * truncated sequences, overlong forms, encoded surrogates, code points past U+10FFFF, a byte-order mark) read
     * to the strict decoder's text, or fail where it fails.
     */
    @Test
    void textIsWhatAStrictDecoderReadsAndBadBytesAreRefused() throws IOException {
        byte[][] pieces = {bytes("plain words "), bytes("\n"), bytes("café"), bytes("日本"), bytes("🚀"), bytes("\uFFFD"),
            {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0x80}, {(byte) 0xC3}, {(byte) 0xC0, (byte) 0x80},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            {(byte) 0xE6, (byte) 0x97}, {(byte) 0xFF}, {0}};
        Random random = new Random(17);
        int refused = 0;
        for (int doc = 0; doc < 3000; doc++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int i = random.nextInt(12); i >= 0; i--) {
                byte[] piece = pieces[random.nextInt(random.nextInt(4) == 0 ? pieces.length : 7)];
                out.write(piece, 0, piece.length);
            }
            byte[] bytes = out.toByteArray();
            Path file = Files.write(dir.resolve("a.md"), bytes);
            String strict = strictlyDecoded(bytes);
            if (strict == null) {
                refused++;
                assertThatThrownBy(() -> TextFiles.readUtf8(file)).isInstanceOf(InputException.class)
                        .hasMessageContaining("not valid UTF-8");
            } else {
                assertThat(TextFiles.readUtf8(file)).isEqualTo(strict);
            }
        }
        assertThat(refused).as("files with bad bytes among the mixtures").isBetween(300, 2700);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String strictlyDecoded(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}

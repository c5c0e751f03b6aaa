package org.broadsheet.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Test input built from pieces: strings as UTF-8, integers as single (often invalid) bytes. */
public final class Bytes {

    private Bytes() {
    }

    public static byte[] of(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String s) {
                out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            } else {
                out.write((Integer) part);
            }
        }
        return out.toByteArray();
    }

    /** {@code size} bytes of noise, the same for the same {@code seed}: a stand-in for a video or an image. */
    public static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new java.util.Random(seed).nextBytes(bytes);
        return bytes;
    }
}

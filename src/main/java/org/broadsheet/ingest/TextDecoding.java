package org.broadsheet.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.mozilla.universalchardet.Constants;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes source bytes that carry no reliable declaration: a byte-order mark wins, then strict UTF-8; text that is
 * not valid UTF-8 is read in the charset Mozilla's detector finds when it is one of the East Asian, Thai, Cyrillic,
 * Greek or Hebrew charsets it tells apart reliably, else as windows-1252 (the usual encoding of such dumps). Line
 * breaks become '\n'.
 */
public final class TextDecoding {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /**
     * What the detector may choose. Left out: the Western charsets (windows-1252 is the fallback anyway) and the
     * rare Cyrillic code pages IBM855 and IBM866; MacCyrillic, which it reports for most windows-1251 text (their
     * small letters are the same bytes), is read as windows-1251.
     */
    private static final Set<String> DETECTABLE = Set.of(Constants.CHARSET_BIG5, Constants.CHARSET_GB18030,
            Constants.CHARSET_GBK, Constants.CHARSET_HZ_GB_2312, Constants.CHARSET_EUC_JP, Constants.CHARSET_EUC_KR,
            Constants.CHARSET_EUC_TW, Constants.CHARSET_SHIFT_JIS, Constants.CHARSET_ISO_2022_JP,
            Constants.CHARSET_ISO_2022_CN, Constants.CHARSET_ISO_2022_KR, Constants.CHARSET_TIS620,
            Constants.CHARSET_WINDOWS_1251, Constants.CHARSET_KOI8_R, Constants.CHARSET_ISO_8859_5,
            Constants.CHARSET_WINDOWS_1253, Constants.CHARSET_ISO_8859_7, Constants.CHARSET_WINDOWS_1255,
            Constants.CHARSET_ISO_8859_8);

    private TextDecoding() {
    }

    public static String decode(byte[] bytes) {
        String text;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        } else {
            try {
                text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                text = new String(bytes, detected(bytes));
            }
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * Decodes bytes whose own declaration (XML {@code encoding=}, HTML {@code <meta charset>}) names {@code declared}
     * (null when none): a byte-order mark still wins, ISO-8859-1 is read as its superset windows-1252 (as browsers
     * do), and an unknown name falls back to {@link #decode}.
     */
    public static String decode(byte[] bytes, String declared) {
        boolean bom = startsWith(bytes, 0xEF, 0xBB, 0xBF) || startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF);
        if (!bom && declared != null) {
            String name = declared.strip().toLowerCase(java.util.Locale.ROOT);
            try {
                Charset cs = Charset.forName(name.equals("iso-8859-1") || name.equals("latin1") ? "windows-1252" : name);
                // a declared UTF-16 without a byte-order mark is almost always a mistake for UTF-8
                if (!cs.name().toLowerCase(java.util.Locale.ROOT).startsWith("utf-16")) {
                    return new String(bytes, cs).replace("\r\n", "\n").replace('\r', '\n');
                }
            } catch (IllegalArgumentException unknownCharset) {
                // detect below
            }
        }
        return decode(bytes);
    }

    private static Charset detected(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (Constants.CHARSET_MACCYRILLIC.equals(name)) {
            name = Constants.CHARSET_WINDOWS_1251;
        }
        return name != null && DETECTABLE.contains(name) && Charset.isSupported(name) ? Charset.forName(name) : WINDOWS_1252;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

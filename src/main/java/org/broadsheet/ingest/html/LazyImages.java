package org.broadsheet.ingest.html;

import java.util.regex.Pattern;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Pages that load images lazily keep the real address in {@code data-src} and the like, with a placeholder (or
 * nothing) in {@code src}: this puts the real address back so the image survives import.
 */
final class LazyImages {

    private static final Pattern IMAGE_URL = Pattern.compile("^\\s*\\S+\\.(jpe?g|png|webp|gif|avif)(\\?\\S*)?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SRCSET = Pattern.compile("\\.(jpe?g|png|webp|gif|avif)\\S*\\s+\\d", Pattern.CASE_INSENSITIVE);

    private LazyImages() {
    }

    static void fix(Element root) {
        for (Element img : root.select("img, picture, figure")) {
            String src = img.attr("src");
            boolean placeholder = src.isEmpty() || src.startsWith("data:");
            if (!placeholder && !img.className().toLowerCase(java.util.Locale.ROOT).contains("lazy")) {
                continue;
            }
            for (Attribute a : img.attributes().asList()) {
                String key = a.getKey();
                if (key.equals("src") || key.equals("srcset") || key.equals("alt")) {
                    continue;
                }
                String value = a.getValue();
                if (SRCSET.matcher(value).find()) {
                    img.attr("srcset", value);
                } else if (IMAGE_URL.matcher(value).matches()) {
                    if (img.normalName().equals("img")) {
                        img.attr("src", value.strip());
                    } else if (img.select("img").isEmpty()) {
                        img.appendElement("img").attr("src", value.strip());
                    }
                }
            }
        }
    }
}

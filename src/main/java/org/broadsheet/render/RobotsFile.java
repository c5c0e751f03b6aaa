package org.broadsheet.render;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.broadsheet.site.Permalinks;
import org.broadsheet.site.Site;

/** {@code robots.txt}: everything may be crawled; it names the sitemap when there is one. */
final class RobotsFile implements SiteFile {

    @Override
    public String path() {
        return Permalinks.ROBOTS;
    }

    @Override
    public Object inputs(Site site, List<PageRef> pages) {
        return List.of();
    }

    @Override
    public List<RenderedFile> render(Site site, List<PageRef> pages) {
        String base = site.config().baseUrl();
        StringBuilder text = new StringBuilder("User-agent: *\nAllow: /\n");
        if (!base.isEmpty()) {
            text.append("\nSitemap: ").append(base).append(Permalinks.SITEMAP).append('\n');
        }
        return List.of(new RenderedFile(Permalinks.ROBOTS, text.toString().getBytes(StandardCharsets.UTF_8)));
    }
}

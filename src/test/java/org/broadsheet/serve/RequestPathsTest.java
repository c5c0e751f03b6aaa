package org.broadsheet.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The request-path guard: site paths for ordinary requests, nothing for anything that could leave the site. */
class RequestPathsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "/, index.html",
        "'', index.html",
        "/index.html, index.html",
        "/tags/, tags/index.html",
        "/tags, tags",
        "/2025/09/council-approves/, 2025/09/council-approves/index.html",
        "/assets/style.css, assets/style.css",
        "/tags/caf%C3%A9/, tags/café/index.html",
        "/a+b.html, a+b.html",
        "//tags//index.html, tags/index.html",
        "/%252e%252e/secret, %2e%2e/secret",
        "/...., ....",
    })
    void ordinaryPathsNameSiteFiles(String raw, String expected) {
        assertThat(RequestPaths.toSitePath(raw)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/../etc/passwd",
        "/tags/../../etc/passwd",
        "/./index.html",
        "/..",
        "/%2e%2e/etc/passwd",
        "/%2E%2E/%2E%2E/etc/passwd",
        "/tags/%2e%2e/%2e%2e/secret",
        "/.%2e/secret",
        "/..%2fetc/passwd",
        "/..%5c..%5cetc%5cpasswd",
        "/..\\..\\etc\\passwd",
        "/assets\\style.css",
        "/index.html%00.css",
        "/%0d%0aSet-Cookie:x",
        "/%c0%ae%c0%ae/secret",
        "/%e2%82",
        "/%zz",
        "/%2",
        "relative/path",
    })
    void traversalAndMalformedPathsNameNothing(String raw) {
        assertThat(RequestPaths.toSitePath(raw)).isEmpty();
    }
}

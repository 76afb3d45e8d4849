package dev.kantor.platform.html;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** HTML from outside keeps its text structure and loses everything that runs, loads or restyles. */
class SafeHtmlTest {

    @Test
    void scriptsEventHandlersAndJavascriptLinksAreStripped() {
        String safe = SafeHtml.of("<script>alert(1)</script><p onclick=\"steal()\" onmouseover=\"x()\">Hello</p>"
                + "<a href=\"javascript:evil()\">click</a><a href=\"JaVaScRiPt:evil()\">again</a>"
                + "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">data</a><svg onload=\"x()\"><script>y()</script></svg>"
                + "<iframe src=\"https://evil.example\"></iframe><object data=\"x.swf\"></object>");

        assertThat(safe)
                .contains("<p>Hello</p>", "click", "again")
                .doesNotContain(
                        "<script",
                        "alert(1)",
                        "onclick",
                        "onmouseover",
                        "steal",
                        "javascript",
                        "JaVaScRiPt",
                        "data:",
                        "<svg",
                        "onload",
                        "y()",
                        "<iframe",
                        "evil.example",
                        "<object");
    }

    @Test
    void cssAndClassesAreStripped() {
        String safe = SafeHtml.of("<style>body{display:none} p{background:url(https://track.example/a)}</style>"
                + "<p style=\"position:fixed;top:0\" class=\"btn btn-danger\" id=\"x\">Text</p>"
                + "<link rel=\"stylesheet\" href=\"https://evil.example/x.css\">");

        assertThat(safe)
                .isEqualTo("<p>Text</p>")
                .doesNotContain("<style", "display:none", "style=", "class=", "track.example", "<link");
    }

    @Test
    void imagesFromRemoteHostsAreStripped() {
        String safe = SafeHtml.of("<p>Look<img src=\"https://track.example/pixel.gif?u=wulan\" width=\"1\"></p>"
                + "<img src=\"cid:photo@x\"><img src=\"data:image/png;base64,iVBORw0KGgo=\">"
                + "<table background=\"https://track.example/bg.png\"><tr><td>cell</td></tr></table>");

        assertThat(safe).contains("Look", "<td>cell</td>").doesNotContain("<img", "track.example", "cid:", "data:");
    }

    @Test
    void formsAreStripped() {
        String safe =
                SafeHtml.of("<form action=\"https://evil.example/login\" method=\"post\"><input name=\"password\">"
                        + "<button formaction=\"https://evil.example\">Sign in</button><select><option>a</option></select>"
                        + "<textarea>t</textarea></form>");

        assertThat(safe).doesNotContain("<form", "<input", "<button", "formaction", "<select", "<textarea", "evil");
    }

    @Test
    void linksKeepTheirAddressAndOpenNothingOnKantorsPage() {
        String safe = SafeHtml.of("<p>See <a href=\"https://shop.example/order/7\" target=\"_self\" rel=\"opener\">"
                + "my order</a> or <a href=\"mailto:wulan@example.com\">write</a></p>");

        assertThat(safe)
                .contains("href=\"https://shop.example/order/7\"", "href=\"mailto:wulan@example.com\"")
                .contains("rel=\"nofollow noopener noreferrer\"", "target=\"_blank\"")
                .doesNotContain("_self", "rel=\"opener\"");
        // a link into Kantor itself (relative, or to a form's action) keeps its words and loses its address
        assertThat(SafeHtml.of("<a href=\"/mailin/1/delete\">tidy up</a>"))
                .contains("tidy up")
                .doesNotContain("href", "/mailin");
    }

    @Test
    void structureIsKept() {
        assertThat(SafeHtml.of("<h2>Order</h2><ul><li>one</li><li><b>two</b></li></ul><blockquote>quoted</blockquote>"))
                .isEqualTo("<h2>Order</h2><ul><li>one</li><li><b>two</b></li></ul><blockquote>quoted</blockquote>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "<script>only()</script>", "<style>p{}</style>"})
    void nothingToShowIsNone(String html) {
        assertThat(SafeHtml.of(html)).isNull();
    }

    @Test
    void tooMuchIsNone() {
        assertThat(SafeHtml.of("<p>" + "a".repeat(SafeHtml.MAX_CHARS) + "</p>")).isNull();
        assertThat(SafeHtml.of(null)).isNull();
    }
}

package org.kotkinguide.check;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.nodes.XmlDeclaration;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.content.Sha256;
import org.kotkinguide.content.Theme;

/**
 * The last thing every published page passes, however it was made (laid out now, taken from a
 * cache, or generated): an allowlist of the elements and attributes the build's own templates and
 * Asciidoctor emit. Anything else is dropped, with its content when that content could be read as
 * markup (foreign SVG and MathML, raw-text elements). {@link SafeHtml} and {@link RawHtml} say
 * early, at the source line, what an author wrote; this is the guarantee behind them: it keeps what
 * is allowed, not drops what is known to be bad, so a trick nobody listed is dropped too.
 *
 * <p>The page is parsed once as HTML and serialised once. What it writes parses the same way in a
 * browser: text is escaped, the only raw-text elements kept are the head's {@code <title>} and
 * {@code <style>}, empty {@code <script src>} elements naming one of the build's own scripts, and a
 * {@code <noscript>} with no {@code <} in any attribute (a browser reads a noscript's content as
 * text up to the first {@code </noscript>}, which an attribute could otherwise hold).
 *
 * <p>The scripts it keeps are also the only ones the page's Content-Security-Policy allows: they
 * carry a nonce, made here from the page, that the policy names.
 */
public final class PublishedHtml {
    static final Set<String> BODY_ELEMENTS = Set.of(
            "a",
            "abbr",
            "address",
            "article",
            "aside",
            "audio",
            "b",
            "bdi",
            "bdo",
            "big",
            "blockquote",
            "br",
            "button",
            "caption",
            "cite",
            "code",
            "col",
            "colgroup",
            "data",
            "dd",
            "del",
            "details",
            "dfn",
            "dialog",
            "div",
            "dl",
            "dt",
            "em",
            "fieldset",
            "figcaption",
            "figure",
            "footer",
            "form",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "header",
            "hgroup",
            "hr",
            "i",
            "img",
            "input",
            "ins",
            "kbd",
            "label",
            "legend",
            "li",
            "main",
            "mark",
            "menu",
            "meter",
            "nav",
            "ol",
            "optgroup",
            "option",
            "output",
            "p",
            "picture",
            "pre",
            "progress",
            "q",
            "rp",
            "rt",
            "ruby",
            "s",
            "samp",
            "search",
            "section",
            "select",
            "small",
            "source",
            "span",
            "strong",
            "sub",
            "summary",
            "sup",
            "table",
            "tbody",
            "td",
            "textarea",
            "tfoot",
            "th",
            "thead",
            "time",
            "tr",
            "track",
            "u",
            "ul",
            "var",
            "video",
            "wbr");
    /** Elements only the templates' head holds. */
    static final Set<String> HEAD_ELEMENTS = Set.of("title", "meta", "link", "style");
    /**
     * An inline SVG picture ({@code image::x.svg[opts=inline]}): its shapes and their presentation, never
     * {@code <style>}, {@code <script>}, {@code <foreignObject>}, {@code <use>}, links or animations (which
     * can set a link's target), so nothing in it is read as markup or runs.
     */
    static final Set<String> SVG_ELEMENTS = Set.of(
            "svg",
            "g",
            "path",
            "rect",
            "circle",
            "ellipse",
            "line",
            "polyline",
            "polygon",
            "text",
            "tspan",
            "title",
            "desc",
            "defs",
            "lineargradient",
            "radialgradient",
            "stop",
            "clippath");

    static final Set<String> SVG_ATTRIBUTES = Set.of(
            "xmlns",
            "version",
            "viewbox",
            "preserveaspectratio",
            "width",
            "height",
            "x",
            "y",
            "x1",
            "y1",
            "x2",
            "y2",
            "cx",
            "cy",
            "r",
            "rx",
            "ry",
            "d",
            "points",
            "transform",
            "fill",
            "fill-opacity",
            "fill-rule",
            "stroke",
            "stroke-width",
            "stroke-opacity",
            "stroke-linecap",
            "stroke-linejoin",
            "stroke-dasharray",
            "opacity",
            "clip-rule",
            "clip-path",
            "font-size",
            "font-family",
            "font-weight",
            "text-anchor",
            "dx",
            "dy",
            "offset",
            "stop-color",
            "stop-opacity",
            "gradientunits",
            "gradienttransform",
            "focusable");

    private static final Set<String> DOCUMENT_ELEMENTS = Set.of("html", "head", "body");
    /** Attributes any kept element may have (besides {@code aria-*} and {@code data-*}). */
    static final Set<String> GLOBAL_ATTRIBUTES =
            Set.of("class", "id", "title", "lang", "dir", "role", "hidden", "tabindex", "style", "translate");
    /** Attributes only some elements may have. */
    static final Map<String, Set<String>> ELEMENT_ATTRIBUTES = Map.ofEntries(
            Map.entry("a", Set.of("href", "rel", "target", "download", "hreflang", "type")),
            Map.entry("img", Set.of("src", "alt", "width", "height", "loading", "decoding", "srcset", "sizes")),
            Map.entry("source", Set.of("src", "type", "srcset", "sizes", "media")),
            Map.entry("track", Set.of("src", "kind", "srclang", "label", "default")),
            Map.entry(
                    "video",
                    Set.of("src", "poster", "width", "height", "controls", "autoplay", "loop", "muted", "preload")),
            Map.entry("audio", Set.of("src", "controls", "autoplay", "loop", "muted", "preload")),
            Map.entry("form", Set.of("action", "method", "autocomplete", "novalidate", "name")),
            Map.entry(
                    "input",
                    Set.of(
                            "type",
                            "name",
                            "value",
                            "placeholder",
                            "autocomplete",
                            "checked",
                            "disabled",
                            "readonly",
                            "required",
                            "min",
                            "max",
                            "step",
                            "size",
                            "maxlength",
                            "minlength",
                            "pattern",
                            "list",
                            "form",
                            "spellcheck",
                            "inputmode",
                            "enterkeyhint",
                            "accept")),
            Map.entry("button", Set.of("type", "name", "value", "disabled", "form")),
            Map.entry("select", Set.of("name", "multiple", "disabled", "required", "size", "form")),
            Map.entry("option", Set.of("value", "selected", "disabled", "label")),
            Map.entry("optgroup", Set.of("label", "disabled")),
            Map.entry("textarea", Set.of("name", "rows", "cols", "placeholder", "readonly", "disabled", "required")),
            Map.entry("label", Set.of("for")),
            Map.entry("output", Set.of("for", "name")),
            Map.entry("fieldset", Set.of("disabled", "name")),
            Map.entry("meter", Set.of("value", "min", "max", "low", "high", "optimum")),
            Map.entry("progress", Set.of("value", "max")),
            Map.entry("dialog", Set.of("open")),
            Map.entry("details", Set.of("open", "name")),
            Map.entry("ol", Set.of("start", "reversed", "type")),
            Map.entry("ul", Set.of("type")),
            Map.entry("li", Set.of("value")),
            Map.entry("td", Set.of("colspan", "rowspan", "headers", "width", "valign", "align")),
            Map.entry("th", Set.of("colspan", "rowspan", "headers", "scope", "abbr", "width", "valign", "align")),
            Map.entry("col", Set.of("span", "width")),
            Map.entry("colgroup", Set.of("span")),
            Map.entry("table", Set.of("width")),
            Map.entry("time", Set.of("datetime")),
            Map.entry("data", Set.of("value")),
            Map.entry("del", Set.of("datetime", "cite")),
            Map.entry("ins", Set.of("datetime", "cite")),
            Map.entry("blockquote", Set.of("cite")),
            Map.entry("q", Set.of("cite")),
            Map.entry("html", Set.of("lang", "dir", "class")),
            Map.entry("meta", Set.of("charset", "name", "content", "http-equiv")),
            Map.entry("link", Set.of("rel", "href", "type", "media", "sizes")),
            Map.entry("style", Set.of("media")),
            Map.entry("script", Set.of("src", "defer", "async", "data-probe")));
    /** Attributes holding a URL: each must be a path in the site or use a scheme that runs no script. */
    static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "poster", "cite", "srcset");
    /** What a {@code <link rel>} of the templates is. */
    static final Set<String> LINK_RELS = Set.of("stylesheet", "icon", "canonical");
    /** What a {@code <meta http-equiv>} of the templates is: nothing else (no refresh to elsewhere). */
    static final Set<String> HTTP_EQUIVS = Set.of("content-security-policy");

    static final Pattern NAMED = Pattern.compile("(aria|data)-[a-z0-9-]+");
    private static final Pattern SCRIPT_PATH = Pattern.compile("(?:\\.\\./)*js/([a-z0-9-]+)\\.js");

    private final Set<String> scripts;
    private final String siteHost;

    private PublishedHtml(Set<String> scripts, String siteHost) {
        this.scripts = Set.copyOf(scripts);
        this.siteHost = siteHost == null ? "" : siteHost;
    }

    /**
     * For the guide's site: its own scripts are the {@code js/*.js} files of its assets and the tool's;
     * {@code site.host} is where 404.html names its script by the absolute address.
     */
    public static PublishedHtml forSite(GuideSource source) {
        // the guide's scripts and the tool's (the theme lives in the tool; a guide's file wins by name)
        Set<String> names = new TreeSet<>();
        Theme.merged(Theme.toolAssets(), source.assetFolder(), source.inputs()).keySet().stream()
                .filter(n -> n.startsWith("js/") && n.indexOf('/', 3) < 0 && n.endsWith(".js"))
                .forEach(n -> names.add(n.substring(3, n.length() - 3)));
        return new PublishedHtml(names, source.settings().siteHost());
    }

    /** The names of the scripts pages may run ({@code js/NAME.js}), sorted: what a kept layout was cleaned against. */
    public List<String> scripts() {
        return scripts.stream().sorted().toList();
    }

    /** The allowlist with the named scripts only, for a test that needs no guide to make one. */
    public static PublishedHtml withScripts(Set<String> names, String siteHost) {
        return new PublishedHtml(names, siteHost);
    }

    /** The page's bytes (UTF-8) with everything outside the allowlist dropped. */
    public byte[] clean(byte[] html) {
        return clean(new String(html, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    }

    /** The page with everything outside the allowlist dropped. */
    public String clean(String html) {
        return clean(html, new ArrayList<>());
    }

    /**
     * The page with everything outside the allowlist dropped; {@code dropped} gets what a page of the
     * templates' own must never hold: a script that is not the site's, an event handler, a URL whose
     * scheme can run script. (Markup the allowlist simply does not know is left out quietly.)
     */
    public String clean(String html, List<String> dropped) {
        Document page = Jsoup.parse(html);
        page.outputSettings()
                .prettyPrint(false)
                .charset(StandardCharsets.UTF_8)
                .escapeMode(Entities.EscapeMode.base)
                .syntax(Document.OutputSettings.Syntax.html);
        boolean hadDoctype = false;
        for (Node node : new ArrayList<>(page.childNodes())) {
            if (node instanceof DocumentType) {
                hadDoctype = true;
            }
            if (!(node instanceof Element)) {
                node.remove(); // the doctype is written again below, as the templates write it
            }
        }
        cleanChildren(page.child(0), dropped);
        String out = allowOnlyTheScriptsKept(page);
        return hadDoctype ? "<!DOCTYPE html>\n" + out : out;
    }

    private void cleanChildren(Element parent, List<String> dropped) {
        for (Node node : new ArrayList<>(parent.childNodes())) {
            if (node instanceof Comment || node instanceof XmlDeclaration || node instanceof DocumentType) {
                node.remove();
            } else if (node instanceof DataNode) {
                if (!parent.normalName().equals("style")) {
                    node.remove(); // script text: the build's scripts are files
                }
            } else if (node instanceof Element element) {
                if (keep(element)) {
                    cleanAttributes(element, dropped);
                    cleanChildren(element, dropped);
                    if (element.normalName().equals("noscript") && holdsMarkupInAttributes(element)) {
                        element.remove();
                    }
                } else {
                    if (element.normalName().equals("script")) {
                        String src = element.attr("src");
                        dropped.add(
                                src.isEmpty()
                                        ? "an inline <script>: pages run only the site's own script files"
                                        : "a <script src=\"" + src + "\">: pages run only the site's own script files");
                    }
                    element.remove(); // with its content: it might be read as markup or as script
                }
            } else if (!(node instanceof TextNode)) {
                node.remove();
            }
        }
    }

    private boolean keep(Element element) {
        String name = element.normalName();
        String parent = element.parent() == null ? "" : element.parent().normalName();
        // not listed, so dropped whole: <math> (whose <style> a browser reads as markup), <template>,
        // <iframe>, <object>, <embed>, <xmp>, <noembed>, <noframes>, <plaintext>, <base>
        if (DOCUMENT_ELEMENTS.contains(name)) {
            return true;
        }
        if (inSvg(element)) {
            // inside a picture, its shapes only (no nested svg, link, style or script)
            return SVG_ELEMENTS.contains(name) && !name.equals("svg") && !name.equals("title");
        }
        if (HEAD_ELEMENTS.contains(name)) {
            return parent.equals("head") && headElementAllowed(element);
        }
        if (name.equals("script")) {
            return ownScript(element);
        }
        if (name.equals("noscript")) {
            return true;
        }
        if (name.equals("svg")) {
            return true;
        }
        return BODY_ELEMENTS.contains(name);
    }

    private static boolean inSvg(Element element) {
        for (Element up = element.parent(); up != null; up = up.parent()) {
            if (up.normalName().equals("svg")) {
                return true;
            }
        }
        return false;
    }

    private static boolean headElementAllowed(Element element) {
        return switch (element.normalName()) {
            case "link" -> LINK_RELS.contains(element.attr("rel").toLowerCase(Locale.ROOT));
            case "meta" ->
                !element.hasAttr("http-equiv")
                        || HTTP_EQUIVS.contains(element.attr("http-equiv").toLowerCase(Locale.ROOT));
            default -> true;
        };
    }

    /** An empty {@code <script>} whose {@code src} is one of the site's own scripts, from any folder of the site. */
    private boolean ownScript(Element script) {
        return script.childNodes().isEmpty() && ownScriptName(script) != null;
    }

    /** The name of the site's own script the element loads ({@code theme}), or null. */
    private String ownScriptName(Element script) {
        if (!script.hasAttr("src")) {
            return null;
        }
        String src = script.attr("src");
        if (!siteHost.isEmpty() && src.startsWith(siteHost)) {
            src = src.substring(siteHost.length());
        }
        var m = SCRIPT_PATH.matcher(src);
        return m.matches() && scripts.contains(m.group(1)) ? m.group(1) : null;
    }

    /**
     * Makes the page's Content-Security-Policy allow the scripts it kept and no other, instead of every
     * file of the site ({@code 'self'}): a script file in the published folder that the build did not
     * make does not run, even from markup that got past this allowlist (a browser reading it otherwise).
     * The scripts carry a nonce the policy names. A hash would bind the file's bytes, but Chromium
     * checks a script file's {@code integrity} only on a CORS response, which {@code file://} never
     * is: from the disk every hashed script would be blocked. The nonce is the SHA-256 of the page as
     * written with every nonce left empty, so it is reproducible, yet markup in the page cannot name
     * it: it would have to hold the hash of a text that holds it. {@code 'strict-dynamic'} lets the
     * page's scripts load the site's others (search loads lunr and {@code search-index.js}, made
     * afresh each build, when a student searches).
     */
    private String allowOnlyTheScriptsKept(Document page) {
        List<Element> scripts = page.getElementsByTag("script");
        List<Element> policies = page.head().getElementsByTag("meta").stream()
                .filter(meta -> meta.attr("http-equiv").equalsIgnoreCase("content-security-policy"))
                .toList();
        nonce(scripts, policies, "");
        String html = page.html();
        if (scripts.isEmpty()) {
            return html;
        }
        String nonce = java.util.Base64.getEncoder().encodeToString(Sha256.of(html.getBytes(StandardCharsets.UTF_8)));
        // the page written out once (as often as the rest of the allowlist's work, on every page of every build):
        // the nonce goes where the empty ones are written, in the scripts' tags and the policies' tags only
        // (text cannot hold a raw '<', nor an attribute value a '"', so no author's text is matched)
        int[] filled = new int[2];
        StringBuilder withNonce = new StringBuilder(html.length() + 256);
        int copied = 0;
        // each start tag of a script or a meta element, as jsoup writes them ("<script ...>", "<meta ...>"): found
        // with indexOf, which the JVM runs as a vector search, where a regular expression tried every '<' (a
        // quarter of the allowlist's time on a first build)
        for (int open = html.indexOf('<'); open >= 0; open = html.indexOf('<', open + 1)) {
            if (!html.startsWith("script ", open + 1) && !html.startsWith("meta ", open + 1)) {
                continue;
            }
            int close = html.indexOf('>', open);
            if (close < 0) {
                break;
            }
            String tag = html.substring(open, close + 1);
            if (tag.startsWith("<script ") && tag.contains(" nonce=\"\"")) {
                filled[0]++;
                tag = tag.replace(" nonce=\"\"", " nonce=\"" + nonce + "\"");
            } else if (tag.startsWith("<meta ")
                    && tag.toLowerCase(Locale.ROOT).contains("http-equiv=\"content-security-policy\"")
                    && tag.contains("'nonce-'")) {
                filled[1]++;
                tag = tag.replace("'nonce-'", "'nonce-" + nonce + "'");
            }
            withNonce.append(html, copied, open).append(tag);
            copied = close + 1;
            open = close;
        }
        withNonce.append(html, copied, html.length());
        if (filled[0] != scripts.size() || filled[1] != policies.size()) {
            // never expected: a page whose scripts the policy would block rather than a page published broken
            throw new IllegalStateException("the nonce went into " + filled[0] + " of " + scripts.size()
                    + " scripts and " + filled[1] + " of " + policies.size() + " policies");
        }
        return withNonce.toString();
    }

    /** Gives the scripts {@code nonce}, and makes {@code script-src} of each policy allow it only. */
    private static void nonce(List<Element> scripts, List<Element> policies, String nonce) {
        for (Element script : scripts) {
            script.attr("nonce", nonce);
        }
        String sources = scripts.isEmpty() ? "'none'" : "'nonce-" + nonce + "' 'strict-dynamic'";
        for (Element meta : policies) {
            List<String> directives = new ArrayList<>();
            boolean named = false;
            for (String directive : meta.attr("content").split(";")) {
                String trimmed = directive.trim();
                if (trimmed.toLowerCase(Locale.ROOT).startsWith("script-src ")
                        || trimmed.equalsIgnoreCase("script-src")) {
                    directives.add("script-src " + sources);
                    named = true;
                } else if (!trimmed.isEmpty()) {
                    directives.add(trimmed);
                }
            }
            if (!named) {
                directives.add("script-src " + sources);
            }
            meta.attr("content", String.join("; ", directives));
        }
    }

    private static void cleanAttributes(Element element, List<String> dropped) {
        String name = element.normalName();
        Set<String> own = SVG_ELEMENTS.contains(name) && (name.equals("svg") || inSvg(element))
                ? SVG_ATTRIBUTES
                : ELEMENT_ATTRIBUTES.getOrDefault(name, Set.of());
        List<String> drop = new ArrayList<>();
        for (Attribute attribute : element.attributes()) {
            String key = attribute.getKey().toLowerCase(Locale.ROOT);
            boolean allowed = own.contains(key)
                    || (!name.equals("script")
                            && (GLOBAL_ATTRIBUTES.contains(key)
                                    || NAMED.matcher(key).matches()));
            String urlProblem =
                    URL_ATTRIBUTES.contains(key) ? SafeHtml.urlProblem(name, key, attribute.getValue()) : null;
            if (!allowed || urlProblem != null) {
                drop.add(attribute.getKey());
            }
            if (urlProblem != null) {
                dropped.add(urlProblem);
            } else if (key.startsWith("on")) {
                dropped.add("an event-handler attribute (" + key + ") on <" + name + ">: pages run no inline script");
            }
        }
        drop.forEach(element::removeAttr);
    }

    private static boolean holdsMarkupInAttributes(Element noscript) {
        for (Element inside : noscript.getAllElements()) {
            for (Attribute attribute : inside.attributes()) {
                if (attribute.getValue().indexOf('<') >= 0) {
                    return true;
                }
            }
        }
        return false;
    }
}

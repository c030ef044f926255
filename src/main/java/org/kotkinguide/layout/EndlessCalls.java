package org.kotkinguide.layout;

import freemarker.core.Macro;
import freemarker.core.TemplateElement;
import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the templates may call themselves without end, once laying out a page ran out of stack: a
 * macro that calls itself from its own body, or a template that includes a template already being
 * included. The stack itself does not say: by the time the error is caught, Freemarker has left
 * every template it was in.
 */
final class EndlessCalls {
    /** A call, at its template and line. */
    record Call(String template, int line, String problem) {}

    private static final Pattern INCLUDE = Pattern.compile("^<#(include|import) \"([^\"]+)\"");

    private final Configuration freemarker;
    private final Set<String> read = new HashSet<>();
    private final Deque<String> including = new ArrayDeque<>();

    private EndlessCalls(Configuration freemarker) {
        this.freemarker = freemarker;
    }

    /** The first such call in {@code templateName} or a template it includes or imports; null when none is found. */
    static Call in(Configuration freemarker, String templateName) {
        return new EndlessCalls(freemarker).template(templateName);
    }

    @SuppressWarnings("deprecation") // Freemarker's tree of a parsed template is public, if meant for tools
    private Call template(String name) {
        if (!read.add(name)) {
            return null;
        }
        Template template;
        try {
            template = freemarker.getTemplate(name);
        } catch (IOException e) {
            return null;
        }
        including.push(name);
        try {
            return element(template.getRootTreeNode(), name, null);
        } finally {
            including.pop();
        }
    }

    @SuppressWarnings("deprecation")
    private Call element(TemplateElement element, String template, String macro) {
        String inMacro = element instanceof Macro m ? m.getName() : macro;
        if (inMacro != null && !(element instanceof Macro)) {
            String form = element.getCanonicalForm();
            if (calls(form, inMacro)) {
                return new Call(
                        template,
                        element.getBeginLine(),
                        "the macro '" + inMacro + "' calls itself (" + firstTag(form)
                                + "), and laying out the page ran out of stack: a macro may call itself only"
                                + " for something smaller, so that the calls end");
            }
        }
        // an #include or #import has no body: its text is the directive
        Matcher include = element.getChildCount() == 0 ? INCLUDE.matcher(element.getCanonicalForm()) : null;
        if (include != null && include.find()) {
            String target = resolve(template, include.group(2));
            if (include.group(1).equals("include") && including.contains(target)) {
                return new Call(
                        template,
                        element.getBeginLine(),
                        "'<#include \"" + include.group(2) + "\">' includes " + target
                                + ", which is already including this template: the inclusions never end");
            }
            Call inside = template(target);
            if (inside != null) {
                return inside;
            }
        }
        for (int i = 0; i < element.getChildCount(); i++) {
            Call inside = element((TemplateElement) element.getChildAt(i), template, inMacro);
            if (inside != null) {
                return inside;
            }
        }
        return null;
    }

    /** Whether {@code form} (a call's canonical text) calls macro {@code name}: {@code <@name}, then no more of a name. */
    private static boolean calls(String form, String name) {
        if (!form.startsWith("<@" + name)) {
            return false;
        }
        int after = 2 + name.length();
        return after == form.length() || !Character.isJavaIdentifierPart(form.charAt(after));
    }

    /** An include's name from the including template's folder, as Freemarker finds it ("/x" from the root). */
    private static String resolve(String template, String target) {
        if (target.startsWith("/")) {
            return target.substring(1);
        }
        int slash = template.lastIndexOf('/');
        String joined = slash < 0 ? target : template.substring(0, slash + 1) + target;
        return java.nio.file.Path.of(joined).normalize().toString().replace('\\', '/');
    }

    private static String firstTag(String form) {
        int end = form.indexOf('>');
        return end < 0 ? form : form.substring(0, end + 1);
    }
}

package org.kotkinguide.macros;

import java.util.regex.Pattern;

/**
 * How the guide's inline macros ({@code term:} and {@code cite:}) are found in a paragraph, in one
 * place for Asciidoctor and for the checks that read the source themselves. As with Asciidoctor's
 * own inline macros ({@code link:}, {@code footnote:}), the bracket text may run onto the next lines
 * of its paragraph, a {@code \]} inside does not close it, and a leading backslash escapes the macro.
 * AsciidoctorJ's default pattern for an extension stops at the end of a line, which printed
 * "term:stresemann[Gustav" as it was wherever an author's editor wrapped a line inside the brackets.
 */
public final class InlineMacroSyntax {
    /** The guide's macros, found in a paragraph's source text: group 1 is the target, group 2 the bracket text. */
    public static final Pattern GUIDE_MACRO = Pattern.compile(regexp("term|cite"));

    private InlineMacroSyntax() {}

    /**
     * The pattern (the same in Ruby and Java) that finds macro {@code name}: group 1 its target,
     * group 2 its bracket text. {@code name} may be an alternation ({@code term|cite}).
     */
    public static String regexp(String name) {
        return "\\\\?(?:" + name + "):(\\S+?)\\[(|[\\s\\S]*?[^\\\\])\\]";
    }

    /** Whether a match of {@link #GUIDE_MACRO} is the macro {@code name} (and not escaped with a backslash). */
    public static boolean is(String match, String name) {
        return match.startsWith(name + ":");
    }
}

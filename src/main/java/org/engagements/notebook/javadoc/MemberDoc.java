package org.engagements.notebook.javadoc;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing a name may mean (an overload of a method, a class, a field) and its Javadoc, if found; and
 * {@link #text}, what the kernel shows for a name, as IPython shows a docstring. In brief, each signature
 * with its Javadoc's first sentence under it:
 *
 * <pre>
 * int Math.max(int a, int b)
 *     Returns the greater of two int values.
 * long Math.max(long a, long b)
 *     Returns the greater of two long values.
 * </pre>
 *
 * In full, each signature then its whole Javadoc ({@link Javadoc#text}), a blank line between them.
 *
 * @param signature the signature, as a person reads it ({@link Signature#display})
 * @param javadoc   its Javadoc, when the sources are at hand
 */
public record MemberDoc(String signature, Optional<Javadoc> javadoc) {
    /** Where the Javadoc starts: under the signature, indented. */
    static final String INDENT = "    ";
    /** How wide a paragraph of Javadoc is, its indentation included. */
    static final int WIDTH = 80;

    public MemberDoc {
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(javadoc, "javadoc");
    }

    /** What the kernel shows for {@code docs}: in brief (first sentences) or in {@code full}. */
    public static String text(List<MemberDoc> docs, boolean full) {
        List<String> lines = new ArrayList<>();
        boolean previousDocumented = false;
        for (MemberDoc doc : docs) {
            if (full && !lines.isEmpty() && (previousDocumented || doc.javadoc().isPresent())) {
                lines.add("");
            }
            previousDocumented = doc.javadoc().isPresent();
            lines.add(doc.signature());
            doc.javadoc().ifPresent(javadoc -> {
                if (full) {
                    lines.add("");
                    lines.add(javadoc.text(INDENT, WIDTH));
                } else if (!javadoc.summary().isEmpty()) {
                    lines.add(String.join("\n", HtmlText.wrap(javadoc.summary(), WIDTH - INDENT.length()).stream()
                            .map(line -> INDENT + line).toList()));
                }
            });
        }
        return String.join("\n", lines);
    }
}

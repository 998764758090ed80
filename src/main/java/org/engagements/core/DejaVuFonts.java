package org.engagements.core;

import java.nio.file.Path;

/**
 * The font files every PDF we write embeds (charts and the report), where Debian's {@code fonts-dejavu-core}
 * installs them: one place for the fact, so chart PDFs and the report cannot drift apart.
 */
public final class DejaVuFonts {
    /** The Debian package that installs them. */
    public static final String PACKAGE = "fonts-dejavu-core";
    public static final Path FOLDER = Path.of("/usr/share/fonts/truetype/dejavu");
    public static final Path SANS = FOLDER.resolve("DejaVuSans.ttf");
    public static final Path SANS_BOLD = FOLDER.resolve("DejaVuSans-Bold.ttf");
    public static final Path MONO = FOLDER.resolve("DejaVuSansMono.ttf");
    public static final Path MONO_BOLD = FOLDER.resolve("DejaVuSansMono-Bold.ttf");

    private DejaVuFonts() {
    }
}

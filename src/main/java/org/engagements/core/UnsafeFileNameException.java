package org.engagements.core;

/**
 * A file name taken from data, a notebook, a parameter or the command line is not a plain file name
 * ({@link FileNames#ALLOWED}): it could write outside its folder. The user's to fix; nothing was written.
 */
public final class UnsafeFileNameException extends EngagementsException {
    private static final long serialVersionUID = 1L;

    private final String name;

    UnsafeFileNameException(String what, String name, String reason) {
        super(what + " " + quote(name) + ": expected " + FileNames.ALLOWED + "; " + reason);
        this.name = name;
    }

    /** The refused name, as given. */
    public String name() {
        return name;
    }

    private static String quote(String name) {
        if (name == null) {
            return "null";
        }
        StringBuilder quoted = new StringBuilder("\"");
        name.chars().forEach(c -> quoted.append(c == '"' || c == '\\' ? "\\" + (char) c
                : Character.isISOControl(c) ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return quoted.append('"').toString();
    }
}

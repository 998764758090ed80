package org.engagements.notebook.javadoc;

import java.util.Map;
import java.util.Optional;

/** The HTML character references Javadoc comments use, decoded. Pure functions. */
final class Entities {
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("amp", "&"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("ndash", "–"), Map.entry("mdash", "—"),
            Map.entry("hellip", "…"), Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"), Map.entry("ldquo", "“"),
            Map.entry("rdquo", "”"), Map.entry("laquo", "«"), Map.entry("raquo", "»"), Map.entry("copy", "©"),
            Map.entry("reg", "®"), Map.entry("trade", "™"), Map.entry("sect", "§"), Map.entry("para", "¶"),
            Map.entry("middot", "·"), Map.entry("bull", "•"), Map.entry("deg", "°"), Map.entry("plusmn", "±"),
            Map.entry("times", "×"), Map.entry("divide", "÷"), Map.entry("micro", "µ"), Map.entry("pi", "π"),
            Map.entry("infin", "∞"), Map.entry("le", "≤"), Map.entry("ge", "≥"), Map.entry("ne", "≠"),
            Map.entry("asymp", "≈"), Map.entry("equiv", "≡"), Map.entry("minus", "−"), Map.entry("radic", "√"),
            Map.entry("sup2", "²"), Map.entry("sup3", "³"), Map.entry("frac12", "½"), Map.entry("euro", "€"),
            Map.entry("larr", "←"), Map.entry("rarr", "→"), Map.entry("uarr", "↑"), Map.entry("darr", "↓"),
            Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"), Map.entry("delta", "δ"),
            Map.entry("epsilon", "ε"), Map.entry("lambda", "λ"), Map.entry("mu", "μ"), Map.entry("sigma", "σ"),
            Map.entry("Sigma", "Σ"), Map.entry("theta", "θ"), Map.entry("omega", "ω"), Map.entry("Omega", "Ω"),
            Map.entry("szlig", "ß"), Map.entry("auml", "ä"), Map.entry("ouml", "ö"), Map.entry("uuml", "ü"),
            Map.entry("eacute", "é"), Map.entry("egrave", "è"), Map.entry("agrave", "à"), Map.entry("ccedil", "ç"));

    private Entities() {
    }

    /** The text of {@code &name;} given {@code name} ({@code lt}, {@code #60}, {@code #x3C}); empty if unknown. */
    static Optional<String> decode(String name) {
        if (name.startsWith("#")) {
            boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
            int code = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
            return Character.isValidCodePoint(code) && code != 0 ? Optional.of(Character.toString(code)) : Optional.empty();
        }
        return Optional.ofNullable(NAMED.get(name));
    }
}

package org.engagements.jupyter.wire;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks messages with the connection file's key: the signature is the lower-case hex HMAC
 * of the header, parent header, metadata and content frames, in that order.
 *
 * <p>An empty key means authentication is off: the signature is the empty string and is not checked,
 * as the protocol specifies. Comparison is constant-time ({@link MessageDigest#isEqual}). Immutable and
 * thread-safe: each call uses its own {@link Mac}.
 */
public final class Signer {
    private final SecretKeySpec key;
    private final String algorithm;

    private Signer(SecretKeySpec key, String algorithm) {
        this.key = key;
        this.algorithm = algorithm;
    }

    /**
     * A signer for a connection file's {@code signature_scheme} and {@code key}.
     *
     * @throws WireException when the scheme is not "hmac-" followed by a hash the JDK provides
     */
    public static Signer of(String scheme, String key) {
        if (key.isEmpty()) {
            return new Signer(null, null);
        }
        String algorithm = javaAlgorithm(scheme);
        SecretKeySpec spec = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm);
        try {
            Mac.getInstance(algorithm).init(spec);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new WireException("signature_scheme \"" + scheme + "\" is not supported (expected hmac-sha256)");
        }
        return new Signer(spec, algorithm);
    }

    /** A signer for connections without a key: empty signatures, nothing checked. */
    public static Signer unsigned() {
        return new Signer(null, null);
    }

    public boolean isSigning() {
        return key != null;
    }

    /** The signature frame for these parts: lower-case hex ASCII, or empty when signing is off. */
    public byte[] sign(List<byte[]> parts) {
        if (key == null) {
            return new byte[0];
        }
        return HexFormat.of().formatHex(mac(parts)).getBytes(StandardCharsets.US_ASCII);
    }

    /** Whether {@code signature} is the right one for the parts; always true when signing is off. */
    public boolean verify(byte[] signature, List<byte[]> parts) {
        if (key == null) {
            return true;
        }
        return MessageDigest.isEqual(sign(parts), signature);
    }

    private byte[] mac(List<byte[]> parts) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(key);
            for (byte[] part : parts) {
                mac.update(part);
            }
            return mac.doFinal();
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC checked at construction is no longer available", e);
        }
    }

    private static String javaAlgorithm(String scheme) {
        String lower = scheme.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("hmac-")) {
            throw new WireException("signature_scheme \"" + scheme + "\" is not supported (expected hmac-sha256)");
        }
        return "Hmac" + lower.substring("hmac-".length()).toUpperCase(Locale.ROOT);
    }
}

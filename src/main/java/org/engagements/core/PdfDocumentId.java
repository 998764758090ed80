package org.engagements.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PDF's document id (the trailer's {@code /ID}) made from its content instead of the clock, so the
 * same document always gives the same bytes. PDFBox, which writes the chart PDFs and {@code report.pdf},
 * makes the id from the time of saving. Works on the saved bytes; needs no PDF library. Stateless.
 */
public final class PdfDocumentId {
    private static final Pattern DOCUMENT_ID = Pattern.compile("/ID ?\\[ ?<([0-9A-Fa-f]+)> ?<([0-9A-Fa-f]+)> ?\\]");

    private PdfDocumentId() {
    }

    /**
     * {@code pdf} with the last document id replaced, in place (same length, so no offset moves), by a
     * SHA-256 of the document with that id zeroed: an id that still tells documents apart.
     *
     * @throws IllegalStateException when {@code pdf} has no document id (our bug: PDFBox always writes one)
     */
    public static byte[] fromContent(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        Matcher id = DOCUMENT_ID.matcher(text);
        int at = -1;
        while (id.find()) {
            at = id.start();
        }
        if (at < 0 || !id.find(at)) {
            throw new IllegalStateException("the PDF has no document id (our bug: did PDFBox's trailer format change?)");
        }
        String zeroed = text.substring(0, id.start(1)) + "0".repeat(id.group(1).length())
                + text.substring(id.end(1), id.start(2)) + "0".repeat(id.group(2).length()) + text.substring(id.end(2));
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(zeroed.getBytes(StandardCharsets.ISO_8859_1));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        String hex = HexFormat.of().withUpperCase().formatHex(digest).repeat(4);
        return (text.substring(0, id.start(1)) + hex.substring(0, id.group(1).length())
                + text.substring(id.end(1), id.start(2)) + hex.substring(0, id.group(2).length())
                + text.substring(id.end(2))).getBytes(StandardCharsets.ISO_8859_1);
    }
}

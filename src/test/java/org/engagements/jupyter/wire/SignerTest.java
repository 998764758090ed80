package org.engagements.jupyter.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SignerTest {
    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** RFC 4231 test cases 1 and 2 (the ones whose keys are valid UTF-8 text, as connection file keys are). */
    @ParameterizedTest
    @CsvSource({
        "'\u000b\u000b\u000b\u000b\u000b\u000b\u000b\u000b\u000b\u000b\u000b\u000b\u000b\u000b\u000b\u000b\u000b\u000b"
                + "\u000b\u000b', Hi There, b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
        "Jefe, what do ya want for nothing?, 5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
    })
    void signsRfc4231VectorsAsLowerCaseHex(String key, String data, String expectedHex) {
        Signer signer = Signer.of("hmac-sha256", key);
        assertEquals(expectedHex, new String(signer.sign(List.of(bytes(data))), StandardCharsets.US_ASCII));
    }

    @Test
    void signsTheConcatenationOfTheParts() {
        Signer signer = Signer.of("hmac-sha256", "Jefe");
        assertArrayEquals(signer.sign(List.of(bytes("what do ya want for nothing?"))),
                signer.sign(List.of(bytes("what do "), bytes(""), bytes("ya want for nothing?"))));
    }

    @Test
    void verifiesOnlyTheExactSignature() {
        Signer signer = Signer.of("hmac-sha256", "Jefe");
        List<byte[]> parts = List.of(bytes("what do ya want for nothing?"));
        assertTrue(signer.verify(bytes("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"), parts));
        assertFalse(signer.verify(bytes("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3844"), parts));
        assertFalse(signer.verify(bytes("5BDCC146BF60754E6A042426089575C75A003F089D2739839DEC58B964EC3843"), parts));
        assertFalse(signer.verify(bytes(""), parts));
    }

    @Test
    void anEmptyKeyMeansNoSignatureAndNoCheck() {
        Signer signer = Signer.of("hmac-sha256", "");
        assertFalse(signer.isSigning());
        assertEquals(0, signer.sign(List.of(bytes("anything"))).length);
        assertTrue(signer.verify(bytes("whatever"), List.of(bytes("anything"))));
    }

    @Test
    void rejectsSchemesThatAreNotHmac() {
        WireException error = assertThrows(WireException.class, () -> Signer.of("rsa-sha256", "k"));
        assertTrue(error.getMessage().contains("rsa-sha256"), error.getMessage());
        assertThrows(WireException.class, () -> Signer.of("hmac-nosuchhash", "k"));
    }
}

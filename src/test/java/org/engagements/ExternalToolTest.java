package org.engagements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExternalToolTest {
    @Test
    void theShippedTableNamesAPackageForEachToolTheTestsRun() {
        assertEquals("python3-nbformat", ExternalTool.named("nbformat").debianPackage());
        assertEquals("jupyter-nbconvert", ExternalTool.named("/usr/bin/jupyter-nbconvert").debianPackage());
        assertEquals("chromium", ExternalTool.named("/usr/bin/chromium").debianPackage());
        assertTrue(ExternalTool.named("/usr/bin/chromium").slowOnly());
        assertFalse(ExternalTool.named("jupyter_kernel_test").slowOnly());
        assertTrue(ExternalTool.all().stream().allMatch(tool -> !tool.debianPackage().isBlank()
                && !tool.neededBy().isBlank()));
    }

    @Test
    void aToolMissingFromTheTableIsTheTestsMistake() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ExternalTool.named("/usr/bin/nosuch"));
        assertEquals("/usr/bin/nosuch is not in src/test/resources/external-tools.tsv", e.getMessage());
    }

    @Test
    void theMessageForMissingToolsNamesEachPackageAndTheInstallLine() {
        List<ExternalTool> missing = ExternalTool.parse("""
                # comment
                python\tnosuchmodule\tpython3-nosuch\tdefault\ta test
                program\t/usr/bin/nosuch\tnosuch\tslow\tanother test
                """);

        assertEquals("""
                the python3 module nosuchmodule (/usr/bin/python3) is missing: install the Debian package python3-nosuch
                /usr/bin/nosuch is missing: install the Debian package nosuch
                (bin/test installs them when run as root; or: apt-get install -y python3-nosuch nosuch)""",
                ExternalTool.missingMessage(missing));
        assertFalse(missing.get(0).isPresent());
        assertFalse(missing.get(1).isPresent());
    }

    @Test
    void aMalformedRowNamesItsLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ExternalTool.parse("program\t/usr/bin/x\tx\tdefault\twhy\nbinary\t/usr/bin/y\ty\tdefault\twhy\n"));
        assertEquals("src/test/resources/external-tools.tsv:2: kind \"binary\": expected program, python, file or "
                + "jdk-file", e.getMessage());
    }
}

package org.engagements.notebook.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.tools.StandardJavaFileManager;
import org.junit.jupiter.api.Test;

class SteadyFileManagerTest {
    private final List<String> passedOn = new ArrayList<>();

    /** A standard file manager that only records the options it is given. */
    private StandardJavaFileManager recording() {
        return (StandardJavaFileManager) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {StandardJavaFileManager.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("handleOption")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    passedOn.add(args[0] + " " + ((Iterator<?>) args[1]).next());
                    return true;
                });
    }

    @Test
    void multiReleaseReachesTheStandardFileManagerOnlyWhenItsValueChanges() {
        SteadyFileManager steady = new SteadyFileManager(recording());
        for (String option : List.of("--multi-release 17", "--multi-release 17", "-classpath a.jar",
                "--multi-release 17", "--multi-release 21", "-classpath a.jar")) {
            String[] parts = option.split(" ");
            assertTrue(steady.handleOption(parts[0], List.of(parts[1]).iterator()));
        }

        assertEquals(List.of("--multi-release 17", "-classpath a.jar", "--multi-release 21", "-classpath a.jar"),
                passedOn);
    }
}

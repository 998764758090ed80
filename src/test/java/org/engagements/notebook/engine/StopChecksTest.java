package org.engagements.notebook.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

class StopChecksTest {
    /** A method as a cell declares it. */
    static final class Sample {
        static int down(int n) {
            return down(n + 1) + 1;
        }
    }

    /** What {@code method} does, in order: its line numbers ("line 7") and calls ("call StopCheck.check"). */
    private static List<String> steps(byte[] classFile, String method) {
        List<String> steps = new ArrayList<>();
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                return !name.equals(method) ? null : new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitLineNumber(int line, Label start) {
                        steps.add("line " + line);
                    }

                    @Override
                    public void visitMethodInsn(int opcode, String owner, String name, String descriptor,
                                                boolean isInterface) {
                        steps.add("call " + owner.substring(owner.lastIndexOf('/') + 1) + "." + name);
                    }
                };
            }
        }, 0);
        return steps;
    }

    private static byte[] classFile(Class<?> type) throws IOException {
        try (InputStream in = type.getResourceAsStream(type.getName().substring(type.getName().lastIndexOf('.') + 1)
                + ".class")) {
            return in.readAllBytes();
        }
    }

    @Test
    void theCheckOnEntryCountsAsTheMethodsFirstLineSoAnOverflowThereIsPlacedInIt() throws IOException {
        byte[] original = classFile(Sample.class);
        String firstLine = steps(original, "down").get(0);

        List<String> woven = steps(StopChecks.weave(original), "down");

        assertEquals(List.of(firstLine, "call StopCheck.check", firstLine, "call StopChecksTest$Sample.down"),
                woven.subList(0, 4));
    }
}

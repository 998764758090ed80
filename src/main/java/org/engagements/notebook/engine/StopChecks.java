package org.engagements.notebook.engine;

import java.util.HashSet;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Weaves a call to {@link StopCheck#check()} into a cell's class: at the start of every method and
 * before every jump back to an earlier instruction (a loop's back-edge), as JShell's own local engine
 * does from JDK 20 on. The call takes and leaves nothing on the stack, so frames and stack sizes stay
 * valid and the class is otherwise unchanged. Stateless.
 */
final class StopChecks {
    private static final String OWNER = Type.getInternalName(StopCheck.class);

    private StopChecks() {
    }

    /**
     * The class with stop checks woven in.
     *
     * @throws IllegalArgumentException when the class file is of a version this ASM does not read
     *                                  (a JDK newer than it); the caller loads the class unwoven
     */
    static byte[] weave(byte[] classFile) {
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(reader, 0);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                MethodVisitor method = super.visitMethod(access, name, descriptor, signature, exceptions);
                return method == null ? null : new Weaver(method);
            }
        }, 0);
        return writer.toByteArray();
    }

    /**
     * One method: a check first, and one before each jump to a label already passed. The first check
     * counts as the method's first line: a {@code StackOverflowError} is often thrown right there, in
     * the call, and its frame would otherwise have no line (reported as the line of the declaration).
     */
    private static final class Weaver extends MethodVisitor {
        private final Set<Label> passed = new HashSet<>();
        private Label entry;     // before the first check, until the method's first line is known

        Weaver(MethodVisitor next) {
            super(Opcodes.ASM9, next);
        }

        @Override
        public void visitCode() {
            super.visitCode();
            entry = new Label();
            super.visitLabel(entry);
            check();
        }

        @Override
        public void visitLineNumber(int line, Label start) {
            if (entry != null) {
                super.visitLineNumber(line, entry);
                entry = null;
            }
            super.visitLineNumber(line, start);
        }

        @Override
        public void visitLabel(Label label) {
            passed.add(label);
            super.visitLabel(label);
        }

        @Override
        public void visitJumpInsn(int opcode, Label label) {
            if (passed.contains(label)) {
                check();
            }
            super.visitJumpInsn(opcode, label);
        }

        private void check() {
            super.visitMethodInsn(Opcodes.INVOKESTATIC, OWNER, "check", "()V", false);
        }
    }
}

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
     * One method: a check at its start and one before each jump to a label already passed. The start's
     * check goes just before the first instruction, after the label, line number and frame that belong
     * to it: so it carries the line the method's code begins on (a stack overflow in a recursive cell
     * method is reported there, as without the check), and a loop that starts the method still has its
     * frame at its branch target.
     */
    private static final class Weaver extends MethodVisitor {
        private final Set<Label> passed = new HashSet<>();
        private boolean entryCheckPending;

        Weaver(MethodVisitor next) {
            super(Opcodes.ASM9, next);
        }

        @Override
        public void visitCode() {
            super.visitCode();
            entryCheckPending = true;
        }

        @Override
        public void visitLabel(Label label) {
            passed.add(label);
            super.visitLabel(label);
        }

        @Override
        public void visitJumpInsn(int opcode, Label label) {
            entryCheck();
            if (passed.contains(label)) {
                check();
            }
            super.visitJumpInsn(opcode, label);
        }

        @Override
        public void visitInsn(int opcode) {
            entryCheck();
            super.visitInsn(opcode);
        }

        @Override
        public void visitIntInsn(int opcode, int operand) {
            entryCheck();
            super.visitIntInsn(opcode, operand);
        }

        @Override
        public void visitVarInsn(int opcode, int varIndex) {
            entryCheck();
            super.visitVarInsn(opcode, varIndex);
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            entryCheck();
            super.visitTypeInsn(opcode, type);
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
            entryCheck();
            super.visitFieldInsn(opcode, owner, name, descriptor);
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            entryCheck();
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, org.objectweb.asm.Handle bootstrap,
                                           Object... arguments) {
            entryCheck();
            super.visitInvokeDynamicInsn(name, descriptor, bootstrap, arguments);
        }

        @Override
        public void visitLdcInsn(Object value) {
            entryCheck();
            super.visitLdcInsn(value);
        }

        @Override
        public void visitIincInsn(int varIndex, int increment) {
            entryCheck();
            super.visitIincInsn(varIndex, increment);
        }

        @Override
        public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
            entryCheck();
            super.visitTableSwitchInsn(min, max, dflt, labels);
        }

        @Override
        public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
            entryCheck();
            super.visitLookupSwitchInsn(dflt, keys, labels);
        }

        @Override
        public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
            entryCheck();
            super.visitMultiANewArrayInsn(descriptor, numDimensions);
        }

        /** The start's check, before the method's first instruction. */
        private void entryCheck() {
            if (entryCheckPending) {
                entryCheckPending = false;
                check();
            }
        }

        private void check() {
            super.visitMethodInsn(Opcodes.INVOKESTATIC, OWNER, "check", "()V", false);
        }
    }
}

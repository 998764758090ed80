/**
 * PLACEHOLDER, to be deleted when the notebook kernel is merged: an {@link
 * org.engagements.jupyter.ExecutionBackend} that evaluates cells with {@code jdk.jshell} directly, so the
 * kernel server can be run and checked end to end (Jupyter's kernel test suite, the benchmark) before
 * {@code org.engagements.notebook} exists. The real adapter ({@code NotebookBackend}, wrapping the notebook
 * session) replaces it; nothing outside {@code org.engagements.cli.KernelCommand#newBackend} refers to it.
 *
 * <p>Its {@code display(mime, text)} helper smuggles display data through standard output between control
 * characters; the notebook session will have a proper display path.
 */
package org.engagements.jupyter.placeholder;

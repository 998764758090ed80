package org.engagements.jupyter.wire;

/**
 * The typed {@code content} of a message. Each record maps to exactly one wire name through
 * {@link MessageType}; records are immutable and their compact constructors fill the protocol's
 * defaults for fields a client left out.
 */
public sealed interface Content permits ShellContent, IopubContent, ControlContent, CommContent, StdinContent {
}

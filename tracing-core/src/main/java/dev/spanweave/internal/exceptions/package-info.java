/**
 * Recording an exception once: an exception that escapes several traced calls gets its exception
 * event (type, message, stack trace) on the span of the first of them only, when {@link
 * dev.spanweave.Spanweave#recordExceptionOnce(boolean)} asks for it. Internal: may change.
 */
package dev.spanweave.internal.exceptions;

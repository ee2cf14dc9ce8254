/**
 * Service-provider interface for extending spanweave. {@link
 * dev.spanweave.spi.AsyncResultSupport} teaches it an asynchronous return type; it reports to an
 * {@link dev.spanweave.spi.AsyncCompletion}.
 */
package dev.spanweave.spi;

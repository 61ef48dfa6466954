/**
 * {@code eventmart-audit}, the auditors' command-line client of the EventMart HTTP edge: plain Java
 * (picocli, {@code java.net.http}, Jackson), no Spring. See {@code docs/audit.md}.
 */
package io.eventmart.audit.cli;

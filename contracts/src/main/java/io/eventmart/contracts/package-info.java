/**
 * The public language of EventMart: commands (imperative), events (past tense, each with a
 * {@code @Revision}) and queries ({@code Find…}/{@code Get…}), grouped per aggregate, plus the
 * value types they share.
 *
 * <p>Everything here is an immutable record without framework behaviour, so any module, test or
 * tool can depend on it. Commands carry Bean Validation constraints for the structural checks that
 * the command bus performs before a handler runs; business rules live in the aggregates.
 */
package io.eventmart.contracts;

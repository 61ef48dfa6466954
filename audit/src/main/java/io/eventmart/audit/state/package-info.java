/**
 * An aggregate's state as of any moment or version: pure folds of the aggregate's events (one per
 * audited view, like the aggregates' own event-sourcing handlers, but producing a readable state),
 * applied to the prefix of its history up to the point asked for.
 */
package io.eventmart.audit.state;

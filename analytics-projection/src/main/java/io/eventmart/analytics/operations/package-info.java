/**
 * The analytics model as a projection operators can watch and rebuild: its position and lag are
 * those of its consumer group on the topics, and a rebuild reads the topics again from the earliest
 * offsets they still hold.
 */
package io.eventmart.analytics.operations;

package io.eventmart.contracts.projection;

/**
 * How a read model is doing.
 *
 * @param name the projection's name (what {@code POST /api/admin/projections/{name}/replay} takes)
 * @param status RUNNING, REPLAYING, ERROR or STOPPED
 * @param position where the projection is in its source (global event index, or Kafka offsets
 *     summed)
 * @param lagEvents how many events of the source it has not processed yet
 * @param replaying whether it is being rebuilt
 * @param replayProgress from 0 to 1 while replaying, {@code null} otherwise
 */
public record ProjectionStatus(
    String name,
    String status,
    long position,
    long lagEvents,
    boolean replaying,
    Double replayProgress) {}

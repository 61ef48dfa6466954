package io.eventmart.audit.log;

/** The names under which the audit log is known. */
public final class AuditLogNames {

  /** The processing group (and tracking processor) that copies events into the log. */
  public static final String PROCESSING_GROUP = "audit";

  /** The projection's name for the operators: {@code POST /api/admin/projections/audit/replay}. */
  public static final String PROJECTION_NAME = "audit";

  /** The PostgreSQL schema that holds the log. */
  public static final String SCHEMA = "audit";

  private AuditLogNames() {}
}

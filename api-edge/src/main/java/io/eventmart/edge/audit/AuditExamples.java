package io.eventmart.edge.audit;

/** Examples of the audit endpoints' problem details, for the OpenAPI document. */
final class AuditExamples {

  static final String PROBLEM_JSON = "application/problem+json";

  static final String UNKNOWN_TYPE =
      """
      {"type": "https://eventmart.io/problems/invalid-request", "title": "Invalid request",
       "status": 400,
       "detail": "Invalid request: aggregateType must be one of order, cart, product, inventory, payment",
       "instance": "/api/audit/shipment/6f1c4b2a-1d9e-4c53-9b7a-2d1e0f3c4b5a/events",
       "errors": [{"field": "aggregateType",
                   "message": "must be one of order, cart, product, inventory, payment"}]}""";

  static final String NEITHER_OR_BOTH =
      """
      {"type": "https://eventmart.io/problems/invalid-request", "title": "Invalid request",
       "status": 400, "detail": "Give either 'at' or 'version', not both",
       "instance": "/api/audit/order/6f1c4b2a-1d9e-4c53-9b7a-2d1e0f3c4b5a/state",
       "errors": [{"field": "at", "message": "give either 'at' or 'version'"},
                  {"field": "version", "message": "give either 'at' or 'version'"}]}""";

  static final String INVALID_WINDOW =
      """
      {"type": "https://eventmart.io/problems/invalid-request", "title": "Invalid request",
       "status": 400, "detail": "'from' must be before 'to'", "instance": "/api/audit/events",
       "errors": [{"field": "from", "message": "must be before 'to'"}]}""";

  static final String NO_HISTORY =
      """
      {"type": "https://eventmart.io/problems/not-found", "title": "Not found", "status": 404,
       "detail": "No order 6f1c4b2a-1d9e-4c53-9b7a-2d1e0f3c4b5a in the event store",
       "instance": "/api/audit/order/6f1c4b2a-1d9e-4c53-9b7a-2d1e0f3c4b5a/events"}""";

  static final String NO_STATE =
      """
      {"type": "https://eventmart.io/problems/not-found", "title": "Not found", "status": 404,
       "detail": "Order 6f1c4b2a-1d9e-4c53-9b7a-2d1e0f3c4b5a had no events by 2026-03-01T00:00:00Z",
       "instance": "/api/audit/order/6f1c4b2a-1d9e-4c53-9b7a-2d1e0f3c4b5a/state"}""";

  static final String NO_CORRELATION =
      """
      {"type": "https://eventmart.io/problems/not-found", "title": "Not found", "status": 404,
       "detail": "No event of correlation checkout-42",
       "instance": "/api/audit/correlations/checkout-42"}""";

  static final String EXPORT =
      """
      {"position":41,"eventId":"9c0…","aggregateType":"order","aggregateId":"6f1c…","sequence":0,"type":"OrderPlaced","revision":"1","timestamp":"2026-03-02T09:00:01.120Z","payload":{"orderId":"6f1c…"},"metadata":{"correlationId":"2b7e…","causationId":"51d…","userId":"0a4…"}}
      {"position":42,"eventId":"77a…","aggregateType":"inventory","aggregateId":"e81…","sequence":5,"type":"StockReserved","revision":"1","timestamp":"2026-03-02T09:00:01.180Z","payload":{"orderId":"6f1c…"},"metadata":{"correlationId":"2b7e…","causationId":"c3f…","userId":"0a4…"}}
      {"digest":"sha256:5d3a…","count":2}
      """;

  private AuditExamples() {}
}

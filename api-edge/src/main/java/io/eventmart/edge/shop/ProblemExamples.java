package io.eventmart.edge.shop;

/**
 * Example problem details for the OpenAPI description of the shop endpoints, one per kind of
 * refusal, so clients see the shape they will get (RFC 9457, types under {@code
 * https://eventmart.io/problems/}).
 */
public final class ProblemExamples {

  public static final String PROBLEM_JSON = "application/problem+json";

  public static final String INVALID =
      """
      {"type": "https://eventmart.io/problems/invalid-request", "title": "Invalid request",
       "status": 400, "detail": "Invalid request: size must be less than or equal to 100",
       "instance": "/api/products",
       "errors": [{"field": "size", "message": "must be less than or equal to 100"}]}""";

  public static final String NOT_FOUND =
      """
      {"type": "https://eventmart.io/problems/not-found", "title": "Not found", "status": 404,
       "detail": "No order 0b0c5e1e-7a8f-4a55-9a5f-4b8f0e9d2c11",
       "instance": "/api/orders/0b0c5e1e-7a8f-4a55-9a5f-4b8f0e9d2c11"}""";

  public static final String CONFLICT =
      """
      {"type": "https://eventmart.io/problems/order.illegal-transition", "title": "Conflict",
       "status": 409, "code": "order.illegal-transition",
       "detail": "Order 0b0c5e1e-7a8f-4a55-9a5f-4b8f0e9d2c11 is SHIPPED and cannot cancel",
       "currentStatus": "SHIPPED", "action": "cancel",
       "instance": "/api/orders/0b0c5e1e-7a8f-4a55-9a5f-4b8f0e9d2c11/cancel"}""";

  public static final String REJECTED =
      """
      {"type": "https://eventmart.io/problems/order.unknown-product",
       "title": "Unknown product", "status": 422, "code": "order.unknown-product",
       "detail": "No such product: 6f1d2a7e-51a4-4c61-8f3c-2f8f5d0f9a10",
       "productIds": "6f1d2a7e-51a4-4c61-8f3c-2f8f5d0f9a10", "instance": "/api/orders"}""";

  public static final String DUPLICATE_SKU =
      """
      {"type": "https://eventmart.io/problems/product.duplicate-sku", "title": "Conflict",
       "status": 409, "code": "product.duplicate-sku",
       "detail": "SKU 'BOOK-001' already belongs to another product", "sku": "BOOK-001",
       "instance": "/api/products"}""";

  private ProblemExamples() {}
}

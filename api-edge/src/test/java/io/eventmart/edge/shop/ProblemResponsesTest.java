package io.eventmart.edge.shop;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.junit.jupiter.api.Test;
import org.springframework.web.method.HandlerMethod;

class ProblemResponsesTest {

  static final class Endpoints {

    @ProblemResponse(
        status = 404,
        description = "No such order",
        example = ProblemExamples.NOT_FOUND)
    @ProblemResponse(
        status = 409,
        description = "The order's status does not allow it",
        example = ProblemExamples.CONFLICT)
    void cancel() {}

    void categories() {}
  }

  private static Operation customised(String method) throws NoSuchMethodException {
    return new ProblemResponses()
        .customize(
            new Operation(),
            new HandlerMethod(new Endpoints(), Endpoints.class.getDeclaredMethod(method)));
  }

  @Test
  void describesEachProblemWithItsStatusDescriptionAndExample() throws Exception {
    Operation cancel = customised("cancel");

    assertThat(cancel.getResponses().keySet()).containsExactly("404", "409");
    ApiResponse notFound = cancel.getResponses().get("404");
    assertThat(notFound.getDescription()).isEqualTo("No such order");
    assertThat(
            notFound
                .getContent()
                .get(ProblemExamples.PROBLEM_JSON)
                .getExamples()
                .get("example")
                .getValue()
                .toString())
        .contains("\"status\":404")
        .contains("https://eventmart.io/problems/not-found");
  }

  @Test
  void leavesAnEndpointWithoutProblemsAsItIs() throws Exception {
    assertThat(customised("categories").getResponses()).isNull();
  }
}

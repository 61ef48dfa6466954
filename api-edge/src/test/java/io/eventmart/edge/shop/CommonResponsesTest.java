package io.eventmart.edge.shop;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommonResponsesTest {

  private static Operation operation() {
    return new Operation()
        .responses(new ApiResponses().addApiResponse("200", new ApiResponse().description("ok")));
  }

  private static OpenAPI api(String path, Operation operation) {
    return new OpenAPI().paths(new Paths().addPathItem(path, new PathItem().post(operation)));
  }

  @Test
  void aSecuredOperationWithABodyCanBeUnauthorizedForbiddenInvalidTooLargeAndRateLimited() {
    Operation placeOrder =
        operation()
            .security(List.of(new SecurityRequirement().addList("bearer")))
            .requestBody(new RequestBody());

    new CommonResponses().customise(api("/api/orders", placeOrder));

    assertThat(placeOrder.getResponses().keySet())
        .containsExactlyInAnyOrder("200", "400", "401", "403", "413", "429");
    assertThat(placeOrder.getResponses().get("429").getHeaders()).containsKey("Retry-After");
    assertThat(placeOrder.getResponses().get("401").getContent())
        .containsKey(ProblemExamples.PROBLEM_JSON);
  }

  @Test
  void anOpenOperationWithoutInputIsOnlyRateLimited() {
    Operation categories = operation();

    new CommonResponses().customise(api("/api/categories", categories));

    assertThat(categories.getResponses().keySet()).containsExactlyInAnyOrder("200", "429");
  }

  @Test
  void parametersCanBeInvalidAndWhatAnOperationSaysItselfIsKept() {
    ApiResponse own = new ApiResponse().description("Unknown aggregate type");
    Operation history =
        operation()
            .addParametersItem(new Parameter().in("path").name("aggregateType"))
            .responses(new ApiResponses().addApiResponse("400", own));

    new CommonResponses().customise(api("/api/audit/{aggregateType}/events", history));

    assertThat(history.getResponses().get("400")).isSameAs(own);
  }

  @Test
  void leavesWhatIsNotTheApiWithoutARateLimit() {
    Operation health = operation();

    new CommonResponses().customise(api("/actuator/health", health));

    assertThat(health.getResponses().keySet()).containsExactly("200");
  }
}

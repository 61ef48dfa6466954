package io.eventmart.edge.shop;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * Describes the {@link ProblemResponse}s of an endpoint in its OpenAPI operation: a response of
 * that status with {@code application/problem+json} content and the example.
 */
public final class ProblemResponses implements OperationCustomizer {

  @Override
  public Operation customize(Operation operation, HandlerMethod handler) {
    for (ProblemResponse problem :
        AnnotatedElementUtils.findMergedRepeatableAnnotations(
            handler.getMethod(), ProblemResponse.class)) {
      if (operation.getResponses() == null) {
        operation.setResponses(new ApiResponses());
      }
      operation.getResponses().addApiResponse(String.valueOf(problem.status()), response(problem));
    }
    return operation;
  }

  private static ApiResponse response(ProblemResponse problem) {
    Example example = new Example().value(json(problem.example()));
    return new ApiResponse()
        .description(problem.description())
        .content(
            new Content()
                .addMediaType(
                    ProblemExamples.PROBLEM_JSON, new MediaType().addExamples("example", example)));
  }

  private static Object json(String example) {
    try {
      return Json.mapper().readTree(example);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("A problem example is not JSON: " + example, e);
    }
  }
}

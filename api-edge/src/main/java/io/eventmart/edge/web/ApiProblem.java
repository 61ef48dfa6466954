package io.eventmart.edge.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;

/** A refusal the edge decides itself (a taken e-mail, wrong credentials …), as a problem detail. */
public final class ApiProblem extends RuntimeException {

  private final transient ProblemDetail problem;
  private final transient HttpHeaders headers;

  public ApiProblem(ProblemDetail problem) {
    this(problem, HttpHeaders.EMPTY);
  }

  public ApiProblem(ProblemDetail problem, HttpHeaders headers) {
    super(problem.getDetail(), null, false, false);
    this.problem = problem;
    this.headers = headers;
  }

  public ProblemDetail problem() {
    return problem;
  }

  public HttpHeaders headers() {
    return headers;
  }
}

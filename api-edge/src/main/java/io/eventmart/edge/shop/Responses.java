package io.eventmart.edge.shop;

import java.net.URI;
import org.springframework.http.ResponseEntity;
import reactor.core.publisher.Mono;

/** The answers of the shop's writes: done (204), or accepted for asynchronous work (202). */
public final class Responses {

  private Responses() {}

  /** 204 once {@code done} completed: the change is made, the read models follow. */
  public static Mono<ResponseEntity<Void>> noContent(Mono<?> done) {
    return done.then(Mono.fromSupplier(() -> ResponseEntity.noContent().build()));
  }

  /** 202 with the resource to follow the asynchronous work at. */
  public static <T> ResponseEntity<T> accepted(String location, T body) {
    return ResponseEntity.accepted().location(URI.create(location)).body(body);
  }
}

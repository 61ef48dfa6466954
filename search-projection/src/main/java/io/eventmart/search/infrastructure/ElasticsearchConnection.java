package io.eventmart.search.infrastructure;

import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.http.Header;
import org.apache.http.HttpHeaders;
import org.apache.http.HttpHost;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;

/**
 * The connection to Elasticsearch: the low-level REST client under the official Java client, with
 * JSON mapped by Jackson. It sends nothing the Elasticsearch 8 and 9 APIs do not both understand
 * (the client asks for 8-compatible responses, which 9 still gives).
 */
final class ElasticsearchConnection {

  private ElasticsearchConnection() {}

  static ElasticsearchTransport open(SearchProperties properties) {
    var restClient = RestClient.builder(HttpHost.create(properties.url().toString()));
    if (properties.hasCredentials()) {
      restClient.setDefaultHeaders(
          new Header[] {basicAuthentication(properties.username(), properties.password())});
    }
    return new RestClientTransport(restClient.build(), new JacksonJsonpMapper(documentMapper()));
  }

  /** Documents as JSON, times as ISO-8601 strings. */
  static JsonMapper documentMapper() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .build();
  }

  static Header basicAuthentication(String username, String password) {
    String credentials = username + ":" + password;
    return new BasicHeader(
        HttpHeaders.AUTHORIZATION,
        "Basic "
            + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
  }
}

package io.eventmart.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The connection settings of the project's own servers: started (if needed) with {@code
 * scripts/servers.sh start <service>} and read back from {@code .eventmart/servers.env}.
 */
final class ServerSettings {

  private ServerSettings() {}

  static Map<String, String> startWithScript(
      String service, Map<String, String> scriptEnvironment) {
    Path project = ProjectDirectory.find();
    ProjectDirectory.run(project, scriptEnvironment, "scripts/servers.sh", "start", service);
    Path envFile = project.resolve(".eventmart/servers.env");
    try {
      Map<String, String> env = new HashMap<>();
      for (String line : Files.readAllLines(envFile)) {
        String assignment = line.replaceFirst("^export\\s+", "");
        int eq = assignment.indexOf('=');
        if (eq > 0) {
          env.put(assignment.substring(0, eq), assignment.substring(eq + 1));
        }
      }
      return env;
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + envFile, e);
    }
  }

  static String required(Map<String, String> env, String name) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " is not set by scripts/servers.sh");
    }
    return value;
  }
}

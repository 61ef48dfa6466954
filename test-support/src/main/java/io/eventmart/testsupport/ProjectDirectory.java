package io.eventmart.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The root of the EventMart checkout, and a way to run its scripts from a test. */
final class ProjectDirectory {

  private ProjectDirectory() {}

  static Path find() {
    String configured = System.getenv("EVENTMART_PROJECT_DIR");
    Path start =
        configured != null && !configured.isBlank()
            ? Path.of(configured).toAbsolutePath()
            : Path.of("").toAbsolutePath();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("scripts/servers.sh"))) {
        return dir;
      }
    }
    throw new IllegalStateException(
        "cannot find the EventMart project directory (scripts/servers.sh); set EVENTMART_PROJECT_DIR");
  }

  static void run(Path project, Map<String, String> env, String script, String... args) {
    List<String> command = new ArrayList<>();
    command.add("bash");
    command.add(project.resolve(script).toString());
    command.addAll(List.of(args));
    var builder = new ProcessBuilder(command).directory(project.toFile()).inheritIO();
    builder.environment().putAll(env);
    try {
      Process process = builder.start();
      if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
        throw new IllegalStateException(String.join(" ", command) + " failed");
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + script, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + script, e);
    }
  }
}

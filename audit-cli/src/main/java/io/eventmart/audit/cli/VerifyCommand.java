package io.eventmart.audit.cli;

import io.eventmart.audit.cli.ExportVerifier.Verification;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code verify <file>}: whether an export is exactly what the platform sent. Offline. */
@Command(
    name = "verify",
    description = {
      "Recompute an export's digest and count and compare them with its last line.",
      "Exit code 0: intact; 1: tampered or incomplete."
    })
final class VerifyCommand implements Callable<Integer> {

  @ParentCommand EventMartAudit cli;

  @Parameters(index = "0", description = "The export (NDJSON)")
  Path file;

  @Override
  public Integer call() throws IOException {
    Verification verification = new ExportVerifier(cli.json()).verify(file);
    if (verification.intact()) {
      cli.out()
          .println("intact: " + verification.eventLines() + " events, " + verification.digest());
      return EventMartAudit.OK;
    }
    cli.out().println("TAMPERED: " + verification.problem());
    return EventMartAudit.TAMPERED;
  }
}

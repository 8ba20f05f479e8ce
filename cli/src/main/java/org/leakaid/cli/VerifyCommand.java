package org.leakaid.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.leakaid.evidence.pack.PackageVerification;
import org.leakaid.evidence.pack.PackageVerifier;
import org.leakaid.evidence.pack.UnreadablePackageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code leakaid verify PACKAGE.zip}: checks an exported evidence package offline. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Checks an evidence package exported by LeakAid, offline: the SHA-256 of every file, every"
          + " entry of the case's hash chain, manifest.json, and that no file was added or removed.",
      "核验挽回导出的证据包：逐一重新计算文件的 SHA-256、哈希链的每条记录和 manifest.json，并检查有无文件被增删。"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:intact: one line starting with OK",
      "1:something does not match: the first file or entry that does not is named",
      "2:bad usage",
      "3:the package cannot be read (missing, not a ZIP, I/O error)",
      "4:internal error (a bug in LeakAid): the package was not checked"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  ./leakaid verify 证据包.zip",
      "  ./leakaid verify 证据包.zip --head CHAIN_HEAD   (the 64 hex digits noted at hand-over)"
    })
final class VerifyCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PACKAGE.zip", description = "the evidence package")
  Path packageZip;

  @Option(
      names = "--head",
      paramLabel = "HEX",
      description =
          "the chain head recorded earlier (64 hex digits): fail unless the package's chain ends"
              + " there, which shows a history rewritten with freshly computed hashes")
  String expectedHead;

  @Override
  public Integer call() {
    if (expectedHead != null && !expectedHead.matches("[0-9a-fA-F]{64}")) {
      throw new ParameterException(
          spec.commandLine(), "--head must be 64 hex digits (a SHA-256), not: " + expectedHead);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      PackageVerification result = PackageVerifier.verify(packageZip, expectedHead);
      if (result.intact()) {
        out.println(result.message());
        return 0;
      }
      out.println("MISMATCH 不符: " + result.message());
      return 1;
    } catch (UnreadablePackageException e) {
      err.println("leakaid verify: " + e.getMessage());
      return 3;
    } catch (RuntimeException e) {
      err.println("leakaid verify: cannot check " + packageZip + ": " + e);
      return 3;
    } finally {
      out.flush();
      err.flush();
    }
  }
}

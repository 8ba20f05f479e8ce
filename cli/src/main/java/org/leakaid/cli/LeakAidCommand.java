package org.leakaid.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: `./leakaid --help` lists the subcommands. */
@Command(
    name = "leakaid",
    mixinStandardHelpOptions = true,
    version = "LeakAid 0.1.0",
    description = "LeakAid (挽回): tools for people whose personal information has leaked.",
    subcommands = {CommandLine.HelpCommand.class, VerifyCommand.class})
public final class LeakAidCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new LeakAidCommand()).execute(args));
  }
}

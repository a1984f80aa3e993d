package org.anodex.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code anodex} command line: one runnable jar, a subcommand per task. */
@Command(
    name = "anodex",
    mixinStandardHelpOptions = true,
    version = "anodex 0.1.0",
    description = "Search engine over battery-materials research literature.",
    subcommands = {
      ServeCommand.class,
      IngestCommand.class,
      EmbedCommand.class,
      SearchCommand.class,
      StatsCommand.class,
      DeleteCommand.class,
      HarvestCommand.class,
      RetagCommand.class,
      SolrInitCommand.class,
      EvalPropertiesCommand.class,
      EvalTagsCommand.class,
      EvalRankingCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Anodex implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit status (for tests: no System.exit). */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new Anodex());
    cli.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          cmd.getErr().println("anodex: " + oneLine(e));
          return 1;
        });
    // A mistyped option gets its reason and where to look, not the whole usage (which hides the
    // reason).
    cli.setParameterExceptionHandler(
        (e, args2) -> {
          CommandLine cmd = e.getCommandLine();
          cmd.getErr().println("anodex: " + e.getMessage());
          CommandLine.UnmatchedArgumentException.printSuggestions(e, cmd.getErr());
          cmd.getErr()
              .println(
                  "Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for its options.");
          return cmd.getCommandSpec().exitCodeOnInvalidInput();
        });
    return cli.execute(args);
  }

  static String oneLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.lines().findFirst().orElse(m);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}

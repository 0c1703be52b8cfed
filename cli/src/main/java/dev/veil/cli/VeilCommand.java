package dev.veil.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code veil} command. Exit codes: 0 ok, 1 input or usage error (one-line message on stderr),
 * 2 text blocked ({@code guard}).
 */
@Command(
    name = "veil",
    mixinStandardHelpOptions = true,
    version = "veil 0.1.0",
    description = "Finds personal data in LLM prompts and outputs and decides where it may go.",
    subcommands = {DetectCommand.class, GuardCommand.class, PolicyCommand.class, CommandLine.HelpCommand.class})
public final class VeilCommand implements Runnable {
  /** Exit code for bad input or usage. */
  public static final int EXIT_INPUT = 1;
  /** Exit code when guard blocked a text. */
  public static final int EXIT_BLOCKED = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
  }

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), System.in));
  }

  /** Runs the command with the given streams; returns the exit code. For tests and embedding. */
  public static int run(String[] args, PrintWriter out, PrintWriter err, java.io.InputStream in) {
    CommandLine cl = new CommandLine(new VeilCommand());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((ex, cmd, parse) -> {
      cmd.getErr().println("veil: " + ex.getMessage());
      return EXIT_INPUT;
    });
    cl.setParameterExceptionHandler((ex, a) -> {
      ex.getCommandLine().getErr().println("veil: " + ex.getMessage());
      return EXIT_INPUT;
    });
    Io.stdin = in;
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }
}

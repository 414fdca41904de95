package sunshine.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The portal's command line: serve, index, check, eval, bench, searchlog. Exit codes: 0 ok, 1 problems, 2 usage. */
@Command(name = "portal", mixinStandardHelpOptions = true, version = "阳光助残知识门户 0.1",
        description = "阳光助残知识门户 (Sunshine Portal): index content/ and serve the portal.",
        subcommands = {ServeCommand.class, IndexCommand.class, CheckCommand.class, EvalCommand.class, BenchCommand.class, SearchLogCommand.class, CommandLine.HelpCommand.class})
public final class PortalCommand implements Runnable {

    public static void main(String[] args) {
        System.exit(new CommandLine(new PortalCommand()).execute(args));
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}

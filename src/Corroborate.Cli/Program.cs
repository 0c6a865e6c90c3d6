using System.CommandLine;
using Corroborate.Cli.Commands;

// The command line, as a table of contents: each command lives in its own file under Commands/.
var root = new RootCommand("Corroborate: turns reports about an armed conflict into a sourced record of actors, events, claims and disagreements.")
{
    DemoCommand.Create(),
    IngestCommand.Create(),
    ExportCommand.Create(),
    ShowCommand.Create(),
    ExplainCommand.Create(),
    AnalyzeCommand.Create(),
    AnnotateCommand.Create(),
    TimelineCommand.Create(),
    ServeCommand.Create(),
};
foreach (var command in JudgementCommands.Create()) root.Subcommands.Add(command);
var parsed = root.Parse(args);
// A mistyped command line gets one line, not a page of help.
if (parsed.Errors.Count > 0 && args.Length > 0)
{
    var error = parsed.Errors.OrderByDescending(e => e.Message.StartsWith("Unrecognized", StringComparison.Ordinal)).First();
    Console.Error.WriteLine($"corroborate: {error.Message.ReplaceLineEndings(" ").Replace("\t", "")} (see: corroborate --help)");
    return 2;
}
return parsed.Invoke();

using System.CommandLine;
using Corroborate.Cli.Commands;

// The command line, as a table of contents: each command lives in its own file under Commands/.
var root = new RootCommand("Corroborate: turns reports about an armed conflict into a sourced record of actors, events, claims and disagreements.")
{
    DemoCommand.Create(),
    IngestCommand.Create(),
    ExportCommand.Create(),
    ShowCommand.Create(),
    AnalyzeCommand.Create(),
};
return root.Parse(args).Invoke();

using System.CommandLine;
using Corroborate.Cli.Commands;

// The command line: each command is defined in its own file under Commands/.
var root = new RootCommand("Corroborate: turns reports about an armed conflict into a sourced record of actors, events, claims and disagreements.")
{
    AnalyzeCommand.Create(),
};
return root.Parse(args).Invoke();

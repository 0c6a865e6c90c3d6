using System.CommandLine;

namespace Corroborate.Cli.Commands;

/// <summary>`explain FACT_OR_SUBJECT [--property P]`: the statements behind a subject's facts, their origins, and why values agree or not.</summary>
internal static class ExplainCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("fact-or-subject") { Description = "A statement id, an event id, or an entity's id or any of its names (any script)" };
        var property = new Option<string?>("--property") { Description = "Only this property (occupation, role, strength, fatalities, …)" };
        var format = Options.Format("table", "jsonl");
        var db = Options.Db();
        var cmd = new Command("explain", "Show the chain of statements behind facts: their origins, why they are or are not independent, why values agree or disagree")
            { query, property, format, db };
        cmd.SetAction(r => Cli.Run(() =>
        {
            using var store = Options.OpenExisting(r.GetValue(db)!);
            var views = new Views(store);
            var asked = r.GetValue(query)!;
            var (subject, properties) = views.Explain(asked, r.GetValue(property)) ?? throw new CliException($"nothing is named '{asked}' (give a statement id, an event id or an entity's name)");
            if (properties.Count == 0)
                throw new CliException(r.GetValue(property) is { } p ? $"no statement gives {subject}'s {p}" : $"no statement is about {subject}");
            if (r.GetValue(format) == "jsonl")
            {
                foreach (var x in properties) Console.WriteLine(Domain.Json.Serialize(x));
                return 0;
            }
            views.Explanation(subject, properties);
            return 0;
        }));
        return cmd;
    }
}

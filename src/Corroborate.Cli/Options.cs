using System.CommandLine;
using Corroborate.Storage;

namespace Corroborate.Cli;

/// <summary>Options shared by several commands.</summary>
internal static class Options
{
    public static Option<string> Db() => new("--db")
    {
        Description = $"The store: a SQLite file (default: ./{SqliteStore.DefaultFileName}, or $CORROBORATE_DB)",
        DefaultValueFactory = _ => Cli.DefaultDb,
    };

    public static Option<string> Format(params string[] allowed)
    {
        var o = new Option<string>("--format") { Description = $"Output format: {string.Join(", ", allowed)}", DefaultValueFactory = _ => allowed[0] };
        o.AcceptOnlyFromAmong(allowed);
        return o;
    }

    /// <summary>Opens an existing store for reading; a missing file is a user error, not a new empty store.</summary>
    public static SqliteStore OpenExisting(string path) => SqliteStore.Open(path, create: false);
}

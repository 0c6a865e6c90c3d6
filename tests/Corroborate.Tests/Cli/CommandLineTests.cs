using System.Diagnostics;
using Corroborate.Storage;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Cli;

/// <summary>The command line as a user meets it, run as a separate process: bad input gets one line and an exit code.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly TempDir _dir = new();
    public void Dispose() => _dir.Dispose();

    private static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "corroborate.dll");

    internal static Process Start(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["NO_COLOR"] = "1";
        psi.Environment["COLUMNS"] = "160";
        return Process.Start(psi)!;
    }

    internal static (int Exit, string Out, string Err) Run(params string[] args)
    {
        using var p = Start(args);
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(120_000)) { p.Kill(true); throw new TimeoutException(string.Join(' ', args)); }
        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    private static void AssertOneLineError((int Exit, string Out, string Err) r, string mustContain)
    {
        Assert.NotEqual(0, r.Exit);
        var lines = r.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.StartsWith("corroborate: ", lines[0]);
        Assert.Contains(mustContain, lines[0]);
        Assert.DoesNotContain("   at ", r.Err);
    }

    [Fact]
    public void Ingest_MissingFile_OneLineErrorNamingIt()
    {
        var missing = Path.Combine(_dir.Path, "nowhere.txt");
        AssertOneLineError(Run("ingest", missing, "--db", _dir.File("a.db")), "nowhere.txt: no such file or directory");
    }

    [Fact]
    public void Ingest_BinaryFile_OneLineError()
    {
        var bin = _dir.File("image.txt");
        File.WriteAllBytes(bin, [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01, 0x02]);
        AssertOneLineError(Run("ingest", bin, "--db", _dir.File("a.db")), "binary");
    }

    [Fact]
    public void Ingest_BadUtf8_OneLineError()
    {
        var bad = _dir.File("latin1.txt");
        File.WriteAllBytes(bad, [0x52, 0x61, 0x69, 0x64, 0x20, 0xE9, 0x74, 0xE9, 0x0A]);
        AssertOneLineError(Run("ingest", bad, "--db", _dir.File("a.db")), "UTF-8");
    }

    [Fact]
    public void Ingest_EmptyFile_OneLineError()
    {
        AssertOneLineError(Run("ingest", _dir.File("empty.txt", "  \n"), "--db", _dir.File("a.db")), "empty file");
    }

    [Fact]
    public void Ingest_DbPathIsTextFile_OneLineErrorAndFileKept()
    {
        var notDb = _dir.File("notes.txt", "not a database\n");
        var report = _dir.File("r.txt", "Title: T\n\nThe Eastern Shield Legion raided a village on 3 May 2023, officials said.\n");
        AssertOneLineError(Run("ingest", report, "--db", notDb), "not a database");
        Assert.Equal("not a database\n", File.ReadAllText(notDb));
    }

    [Fact]
    public void Ingest_FolderWithBadFiles_SkipsThemAndIngestsTheRest()
    {
        _dir.File("in/good.txt", "Title: Good\nPublisher: The Test Gazette\nDate: 2023-05-04\n\nThe Eastern Shield Legion raided a village near Kharkiv yesterday, the group said.\n");
        File.WriteAllBytes(_dir.File("in/bad.txt"), [0x00, 0x01, 0x02]);
        _dir.File("in/empty.txt", "");
        var db = _dir.File("a.db");
        var r = Run("ingest", Path.Combine(_dir.Path, "in"), "--db", db);
        Assert.Equal(0, r.Exit);
        Assert.Contains("skipped", r.Err);
        Assert.Contains("bad.txt", r.Err);
        Assert.Contains("empty.txt", r.Err);
        using var store = SqliteStore.Open(db);
        Assert.Equal(1, store.DocumentCount());
    }

    [Fact]
    public void Ingest_SameFileTwice_SecondSaysNothingNew()
    {
        var report = _dir.File("r.txt", "Title: T\nPublisher: P\n\nThe Eastern Shield Legion raided a village on 3 May 2023, officials said.\n");
        var db = _dir.File("a.db");
        Assert.Equal(0, Run("ingest", report, "--db", db).Exit);
        var again = Run("ingest", report, "--db", db);
        Assert.Equal(0, again.Exit);
        Assert.Contains("already in the store", again.Out);
    }

    [Fact]
    public void Export_UnknownKind_Rejected()
    {
        var r = Run("export", "people", "--db", _dir.File("a.db"));
        Assert.NotEqual(0, r.Exit);
        Assert.DoesNotContain("   at ", r.Err);
    }

    [Fact]
    public void Merge_ThenReingest_JudgementStillApplies()
    {
        var db = _dir.File("j.db");
        _dir.File("in/one.txt", "Title: One\nPublisher: Alpha\nDate: 2023-05-04\n\nIvan Petrov said the Eastern Shield Legion raided a village near Kharkiv.\n");
        _dir.File("in/two.txt", "Title: Two\nPublisher: Beta\nDate: 2023-05-05\n\nSergei Orlov said the unit had withdrawn from Kharkiv.\n");
        Assert.Equal(0, Run("ingest", Path.Combine(_dir.Path, "in"), "--db", db).Exit);
        var merged = Run("merge", "Ivan Petrov", "Sergei Orlov", "--db", db);
        Assert.Equal(0, merged.Exit);
        Assert.Contains("Judgement #1", merged.Out);
        _dir.File("in/three.txt", "Title: Three\nPublisher: Gamma\nDate: 2023-05-06\n\nSergei Orlov denied the reports from Kharkiv.\n");
        Assert.Equal(0, Run("ingest", Path.Combine(_dir.Path, "in"), "--db", db).Exit);
        using (var store = SqliteStore.Open(db))
        {
            var person = Assert.Single(store.LoadResolution().Entities, e => e.Aliases.Any(a => a.Name == "Sergei Orlov"));
            Assert.Contains(person.Aliases, a => a.Name == "Ivan Petrov");
            Assert.Equal(3, person.Documents);
        }
        Assert.Equal(0, Run("judgements", "undo", "1", "--db", db).Exit);
        using (var store = SqliteStore.Open(db))
            Assert.DoesNotContain(store.LoadResolution().Entities, e => e.Aliases.Any(a => a.Name == "Sergei Orlov") && e.Aliases.Any(a => a.Name == "Ivan Petrov"));
        Assert.Contains("undone", Run("judgements", "--db", db).Out);
    }

    [Fact]
    public void Explain_ContradictingReports_ShowsOriginsAndWhyTheyDisagree()
    {
        var db = _dir.File("x.db");
        _dir.File("in/one.txt", "Title: One\nPublisher: Alpha News\nDate: 2023-05-04\n\nIvan Petrov, a former teacher, leads the Eastern Shield Legion.\n");
        _dir.File("in/two.txt", "Title: Two\nPublisher: Beta Post\nDate: 2023-05-05\n\nIvan Petrov, a former firefighter, leads the Eastern Shield Legion.\n");
        Assert.Equal(0, Run("ingest", Path.Combine(_dir.Path, "in"), "--db", db).Exit);

        var r = Run("explain", "Ivan Petrov", "--property", "occupation", "--db", db);

        Assert.Equal(0, r.Exit);
        Assert.Contains("former teacher", r.Out);
        Assert.Contains("former firefighter", r.Out);
        Assert.Contains("published by Alpha News", r.Out);
        Assert.Contains("contradiction", r.Out);
        AssertOneLineError(Run("explain", "Nobody Known", "--db", db), "nothing is named 'Nobody Known'");
        AssertOneLineError(Run("explain", "Ivan Petrov", "--property", "strength", "--db", db), "no statement gives Ivan Petrov's strength");
    }

    [Fact]
    public void Run_UnknownCommand_OneLineError()
    {
        AssertOneLineError(Run("frobnicate"), "Unrecognized command or argument 'frobnicate'");
    }

    [Fact]
    public void Show_MissingStore_OneLineError()
    {
        AssertOneLineError(Run("show", "Somebody", "--db", Path.Combine(_dir.Path, "absent.db")), "no such database");
    }

    [Fact]
    public void Ingest_KilledMidway_StoreHoldsOnlyWholeDocuments()
    {
        var input = Path.Combine(_dir.Path, "many");
        Directory.CreateDirectory(input);
        for (var i = 0; i < 400; i++)
            File.WriteAllText(Path.Combine(input, $"r{i:D4}.txt"),
                $"Title: Report {i}\nPublisher: Gazette {i % 7}\nDate: 2023-05-{1 + i % 28:D2}\n\nThe Eastern Shield Legion raided village number {i} on {1 + i % 28} May 2023, "
                + $"the group's commander Ivan Petrov said. At least {i % 5} fighters were killed, according to officials.\n");
        var db = _dir.File("killed.db");
        using (var p = Start("ingest", input, "--db", db))
        {
            var waited = Stopwatch.StartNew();
            while (waited.Elapsed < TimeSpan.FromSeconds(60) && !p.HasExited && CountOrZero(db) < 20) Thread.Sleep(100);
            if (!p.HasExited) p.Kill(entireProcessTree: true);
            p.WaitForExit();
        }
        using (var store = SqliteStore.Open(db))
        {
            var documents = store.DocumentCount();
            Assert.InRange(documents, 1, 400);
            var extractions = store.Extractions().ToList();
            Assert.Equal(documents, extractions.Count);
            Assert.All(extractions, x => Assert.NotEmpty(x.Mentions));
        }
        var resumed = Run("ingest", input, "--db", db);
        Assert.Equal(0, resumed.Exit);
        using var done = SqliteStore.Open(db);
        Assert.Equal(400, done.DocumentCount());
    }

    private static int CountOrZero(string db)
    {
        if (!File.Exists(db)) return 0;
        try
        {
            using var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "SELECT COUNT(*) FROM documents";
            return Convert.ToInt32(cmd.ExecuteScalar());
        }
        catch (Microsoft.Data.Sqlite.SqliteException) { return 0; }
    }
}

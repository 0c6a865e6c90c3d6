using Corroborate.Tests.Support;

namespace Corroborate.Tests.Cli;

/// <summary>`annotate`: pre-annotation, the editing view and its checks, as a user runs them.</summary>
public sealed class AnnotateCommandTests : IDisposable
{
    private readonly TempDir _dir = new();
    public void Dispose() => _dir.Dispose();

    private string Corpus => Path.Combine(_dir.Path, "uk");

    private void Pretag()
    {
        var raw = _dir.File("raw.jsonl", """{"id":"a1","lang":"uk","date":"2022-04-05","text":"Вчора ворог обстріляв Харків. Президент Володимир Зеленський відвідав Бучу."}""" + "\n");
        var r = CommandLineTests.Run("annotate", "pretag", raw, "--out", Corpus);
        Assert.True(r.Exit == 0, r.Err);
        Assert.True(CommandLineTests.Run("annotate", "markup", Corpus).Exit == 0);
    }

    [Fact]
    public void Apply_CorrectedMarkup_WritesStandoffThatValidates()
    {
        Pretag();
        File.WriteAllText(Path.Combine(Corpus, "a1.mark"), "[[DATE Вчора]] ворог обстріляв [[LOC Харків]]. Президент [[PER Володимир Зеленський]] відвідав [[LOC Бучу]].");
        var r = CommandLineTests.Run("annotate", "apply", Corpus);
        Assert.True(r.Exit == 0, r.Err);
        Assert.Equal("T1\tDATE 0 5\tВчора\nT2\tLOC 22 28\tХарків\nT3\tPER 40 60\tВолодимир Зеленський\nT4\tLOC 70 74\tБучу\n",
            File.ReadAllText(Path.Combine(Corpus, "a1.ann")));
        Assert.Equal(0, CommandLineTests.Run("annotate", "validate", Corpus).Exit);
        Assert.Contains("uk: 1 documents", CommandLineTests.Run("annotate", "stats", Corpus).Out);
    }

    [Fact]
    public void Apply_TextChangedInTheEdit_FailsAndKeepsTheStoredAnnotation()
    {
        Pretag();
        var ann = File.ReadAllText(Path.Combine(Corpus, "a1.ann"));
        File.WriteAllText(Path.Combine(Corpus, "a1.mark"), "Вчора ворог обстріляв [[LOC Харьков]]. Президент Володимир Зеленський відвідав Бучу.");
        var r = CommandLineTests.Run("annotate", "apply", Corpus);
        Assert.NotEqual(0, r.Exit);
        Assert.Contains("the text was changed at line 1", r.Err);
        Assert.Contains("nothing was written", r.Err);
        Assert.Equal(ann, File.ReadAllText(Path.Combine(Corpus, "a1.ann")));
    }

    [Fact]
    public void Pretag_Again_KeepsCorrectedDocuments()
    {
        Pretag();
        File.WriteAllText(Path.Combine(Corpus, "a1.ann"), "");
        Pretag();
        Assert.Equal("", File.ReadAllText(Path.Combine(Corpus, "a1.ann")));
    }

    [Fact]
    public void Agree_TwoPasses_PrintsF1PerType()
    {
        Pretag();
        var second = Path.Combine(_dir.Path, "second", "uk");
        Directory.CreateDirectory(second);
        foreach (var f in Directory.GetFiles(Corpus, "a1.*")) File.Copy(f, Path.Combine(second, Path.GetFileName(f)));
        var r = CommandLineTests.Run("annotate", "agree", Corpus, second);
        Assert.True(r.Exit == 0, r.Err);
        Assert.Contains("uk  ALL  F1 1.000", r.Out);
    }
}

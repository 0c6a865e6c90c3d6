using Corroborate.Analysis.Annotation;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Analysis.Annotation;

/// <summary>The committed corpus keeps its own rules: valid spans, one table of documents, groups on one side of the split.</summary>
public sealed class AnnotatedCorpusTests
{
    private static readonly string Root = Path.Combine(Paths.Root, "data", "annotated");

    private static List<Dictionary<string, string>> Table()
    {
        var lines = File.ReadAllLines(Path.Combine(Root, "documents.tsv"));
        var head = lines[0].Split('\t');
        return lines.Skip(1).Where(l => l.Length > 0).Select(l => head.Zip(l.Split('\t')).ToDictionary(x => x.First, x => x.Second)).ToList();
    }

    [Fact]
    public void Committed_EveryDocument_PassesTheChecks()
    {
        var docs = AnnotatedCorpus.Read(Root).ToList();
        Assert.NotEmpty(docs);
        Assert.All(docs, d => Assert.Empty(AnnotationChecks.Problems(d)));
        Assert.All(Directory.EnumerateFiles(Root, "*.txt", SearchOption.AllDirectories), t => Assert.True(File.Exists(Path.ChangeExtension(t, ".ann")), t));
    }

    [Fact]
    public void Committed_DocumentsTable_ListsExactlyTheFilesInTheirSplit()
    {
        var listed = Table().Select(r => Path.Combine(r["lang"], r["split"], r["id"] + ".txt")).Order(StringComparer.Ordinal).ToList();
        var files = new[] { "en", "ru", "uk" }.SelectMany(l => Directory.EnumerateFiles(Path.Combine(Root, l), "*.txt", SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(Root, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(listed, files);
    }

    [Fact]
    public void Committed_Groups_StayOnOneSideOfTheSplit()
    {
        foreach (var group in Table().GroupBy(r => r["group"]))
            Assert.Single(group.Select(r => r["split"]).Distinct());
    }

    [Fact]
    public void Committed_SecondPass_AnnotatesTheSameTextsAgain()
    {
        var first = new[] { "en", "ru", "uk" }.SelectMany(l => AnnotatedCorpus.Read(Path.Combine(Root, l))).ToList();
        var second = AnnotatedCorpus.Read(Path.Combine(Root, "second-pass")).ToList();
        Assert.NotEmpty(second);
        foreach (var d in second) Assert.Contains(first, f => f.Id == d.Id && f.Text == d.Text);
    }
}

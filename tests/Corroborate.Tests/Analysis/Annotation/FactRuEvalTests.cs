using System.Text.RegularExpressions;
using Corroborate.Analysis.Annotation;

namespace Corroborate.Tests.Analysis.Annotation;

public sealed class FactRuEvalTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("corroborate-fre-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private const string Text = "Мэр Юрий Лужков приехал к зданию мэрии Москвы на Тверской площади, где стояли члены движения «Солидарность».";

    /// <summary>Writes one document in the factRuEval-2016 file format: tokens, typed spans and the mentions built of them.</summary>
    private string WriteDocument()
    {
        var tokens = Regex.Matches(Text, @"\w+|[^\w\s]").ToList();
        File.WriteAllText(Path.Combine(_folder, "book_1.txt"), Text);
        File.WriteAllLines(Path.Combine(_folder, "book_1.tokens"), tokens.Select((t, k) => $"{100 + k} {t.Index} {t.Length} {t.Value}"));
        (string Type, string Word)[] spans =
        [
            ("job", "Мэр"), ("name", "Юрий"), ("surname", "Лужков"), ("org_descr", "мэрии"), ("loc_name", "Москвы"),
            ("loc_name", "Тверской"), ("loc_descr", "площади"), ("org_descr", "движения"), ("org_name", "Солидарность"),
        ];
        File.WriteAllLines(Path.Combine(_folder, "book_1.spans"), spans.Select((s, k) =>
        {
            var token = tokens.FindIndex(t => t.Value == s.Word);
            return $"{k + 1} {s.Type} {tokens[token].Index} {s.Word.Length} {100 + token} 1  # {100 + token} {s.Word}";
        }));
        File.WriteAllLines(Path.Combine(_folder, "book_1.objects"),
        [
            "11 Person 1 2 3 # Мэр Юрий Лужков", "12 Org 4 5 # мэрии Москвы", "13 LocOrg 5 # Москвы",
            "14 Location 6 7 # Тверской площади", "15 Org 8 9 # движения Солидарность",
        ]);
        return Path.Combine(_folder, "book_1.txt");
    }

    [Fact]
    public void ToAnnotated_Document_FollowsOurSpanRules()
    {
        var doc = FreDocument.Read(WriteDocument()).ToAnnotated();
        var spans = doc.Spans.Select(s => (s.Type, doc.SpanText(s))).ToList();
        // The job is outside the person; a city's institution in lower case is one organization with its place; a place
        // keeps the head after its name; a quoted name leaves its generic descriptor and its quotes outside.
        Assert.Equal([("PER", "Юрий Лужков"), ("ORG", "мэрии Москвы"), ("LOC", "Тверской площади"), ("ORG", "Солидарность")], spans);
    }

    [Fact]
    public void Read_Document_KeepsTokensAndScoredMentions()
    {
        var doc = FreDocument.Read(WriteDocument());
        Assert.Equal("Мэр", doc.Tokens[0].Text);
        Assert.Equal(5, doc.Mentions.Count);
        Assert.Equal("Москвы", doc.Mentions[2].Extent.Of(Text));
    }
}

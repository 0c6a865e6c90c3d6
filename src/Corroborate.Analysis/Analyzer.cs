using Corroborate.Domain;
using Corroborate.Reference;

namespace Corroborate.Analysis;

/// <summary>The analysis pipeline: a list of annotators, each adding its views to the document.</summary>
public sealed class Analyzer
{
    public IReadOnlyList<IAnnotator> Annotators { get; }

    public Analyzer(IReadOnlyList<IAnnotator> annotators)
    {
        var available = new HashSet<string>();
        foreach (var a in annotators)
        {
            var missing = a.Requires.Where(r => !available.Contains(r)).ToList();
            if (missing.Count > 0) throw new InvalidOperationException($"annotator '{a.Name}' requires {string.Join(", ", missing)}, which no earlier annotator produces");
            available.UnionWith(a.Produces);
        }
        Annotators = annotators;
    }

    /// <summary>The default pipeline, in the one place it is configured.</summary>
    public static Analyzer CreateDefault() => new(
    [
        new Tokenizer(),
        new Truecaser(Gazetteer.Shared),
        new TimeRecognizer(),
        new QuantityRecognizer(),
        new NameRecognizer(Gazetteer.Shared),
        new ToponymResolver(Gazetteer.Shared),
        new ForceRecognizer(),
    ]);

    public AnalyzedDocument Analyze(Document document)
    {
        var doc = new AnalyzedDocument(document);
        if (!document.IsAnalysed) return doc;
        foreach (var a in Annotators) a.Annotate(doc);
        return doc;
    }
}

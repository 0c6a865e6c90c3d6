namespace Corroborate.Analysis.Annotation;

/// <summary>
/// Entity-level agreement between two annotations of the same texts: a span counts when both start, end and type
/// match exactly. Used for inter-annotator agreement (F1 is symmetric) and for scoring a tagger against gold.
/// </summary>
public sealed class AnnotationScore
{
    private readonly Dictionary<string, (int Both, int OnlyA, int OnlyB)> _byType = [];

    public void Add(IEnumerable<GoldSpan> a, IEnumerable<GoldSpan> b)
    {
        var sa = a.ToHashSet();
        var sb = b.ToHashSet();
        foreach (var x in sa) Bump(x.Type, sb.Contains(x) ? 1 : 0, sb.Contains(x) ? 0 : 1, 0);
        foreach (var x in sb.Where(x => !sa.Contains(x))) Bump(x.Type, 0, 0, 1);
    }

    private void Bump(string type, int both, int onlyA, int onlyB)
    {
        var (x, y, z) = _byType.TryGetValue(type, out var v) ? v : (0, 0, 0);
        _byType[type] = (x + both, y + onlyA, z + onlyB);
    }

    /// <summary>Per type (in <see cref="AnnotationTypes.All"/> order) and overall: precision and recall of A against B, F1, counts.</summary>
    public IEnumerable<(string Type, double Precision, double Recall, double F1, int InA, int InB)> Rows()
    {
        foreach (var type in AnnotationTypes.All.Where(_byType.ContainsKey).Append("ALL"))
        {
            var (both, onlyA, onlyB) = type == "ALL"
                ? _byType.Values.Aggregate((0, 0, 0), (s, v) => (s.Item1 + v.Both, s.Item2 + v.OnlyA, s.Item3 + v.OnlyB))
                : _byType[type];
            var p = both / (double)Math.Max(1, both + onlyA);
            var r = both / (double)Math.Max(1, both + onlyB);
            yield return (type, p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), both + onlyA, both + onlyB);
        }
    }
}

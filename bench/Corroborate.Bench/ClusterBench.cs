using System.Globalization;
using Corroborate.Domain;
using Corroborate.Resolution;

namespace Corroborate.Bench;

/// <summary>
/// Entity-resolution quality on the project's own gold set (bench/data/resolution-gold.tsv: name mentions in EN/RU/UK
/// documents with gold entity labels): pairwise and B-cubed precision/recall/F1 of <see cref="Resolver"/>, given the
/// mentions (recognition is measured elsewhere). In-document alias statements are not given, so acronyms rely on keys alone.
/// </summary>
public static class ClusterBench
{
    public static int Run(string path)
    {
        if (!File.Exists(path)) { Console.Error.WriteLine($"corroborate bench: {path} not found"); return 1; }
        var rows = File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#').Skip(1).Select(l => l.Split('\t')).Where(c => c.Length >= 5).ToList();
        var docs = new List<ExtractedDocument>();
        var gold = new Dictionary<MentionRef, string>();
        foreach (var doc in rows.GroupBy(r => r[0]))
        {
            var text = string.Join(". ", doc.Select(r => r[3]));
            var mentions = new List<Mention>();
            var at = 0;
            foreach (var r in doc)
            {
                var kind = Enum.Parse<MentionKind>(r[2], ignoreCase: true);
                mentions.Add(new Mention(mentions.Count, new Span(at, at + r[3].Length), kind, r[3], r[3], 0));
                gold[new MentionRef(doc.Key, mentions.Count - 1)] = r[4];
                at += r[3].Length + 2;
            }
            var lang = doc.First()[1];
            docs.Add(new ExtractedDocument(new Document(doc.Key, text, null, "Gold", null, lang, null, path, "text"), mentions, [], [], [], null));
        }
        var predicted = Resolver.CreateDefault().Resolve(docs).Assignments;
        var refs = gold.Keys.ToList();
        // Pairwise: every pair of mentions is either in one entity or not, in gold and in prediction.
        long tp = 0, fp = 0, fn = 0;
        for (var i = 0; i < refs.Count; i++)
            for (var j = i + 1; j < refs.Count; j++)
            {
                var g = gold[refs[i]] == gold[refs[j]];
                var p = predicted[refs[i]] == predicted[refs[j]];
                if (g && p) tp++; else if (p) fp++; else if (g) fn++;
            }
        var (pp, pr) = (tp / (double)Math.Max(1, tp + fp), tp / (double)Math.Max(1, tp + fn));
        // B-cubed: per mention, the overlap of its predicted and gold clusters.
        double bp = 0, br = 0;
        foreach (var m in refs)
        {
            var predictedCluster = refs.Where(o => predicted[o] == predicted[m]).ToList();
            var goldCluster = refs.Where(o => gold[o] == gold[m]).ToList();
            var overlap = predictedCluster.Count(o => gold[o] == gold[m]);
            bp += overlap / (double)predictedCluster.Count;
            br += overlap / (double)goldCluster.Count;
        }
        bp /= refs.Count; br /= refs.Count;
        static string F(double p, double r) => (2 * p * r / Math.Max(1e-9, p + r)).ToString("F3", CultureInfo.InvariantCulture);
        Console.WriteLine($"resolution gold: {refs.Count} mentions, {docs.Count} documents, {gold.Values.Distinct().Count()} gold entities → {predicted.Values.Distinct().Count()} predicted");
        Console.WriteLine($"pairwise: precision {pp:F3} · recall {pr:F3} · F1 {F(pp, pr)}");
        Console.WriteLine($"B-cubed:  precision {bp:F3} · recall {br:F3} · F1 {F(bp, br)}");
        var missed = refs.Where(m => refs.Any(o => gold[o] == gold[m] && predicted[o] != predicted[m])).GroupBy(m => gold[m]).Select(g => g.Key).Order(StringComparer.Ordinal);
        Console.WriteLine($"gold entities split across predictions: {string.Join(", ", missed)}");
        if (Environment.GetEnvironmentVariable("CORROBORATE_BENCH_DETAIL") == "1")
            foreach (var g in refs.GroupBy(m => gold[m]).Where(g => g.Select(m => predicted[m]).Distinct().Count() > 1))
                Console.WriteLine($"  {g.Key}: " + string.Join(" | ", g.GroupBy(m => predicted[m]).Select(p => string.Join(", ", p.Select(m => docs.First(d => d.Document.Id == m.Document).Mentions[m.Mention].Text).Distinct()))));
        return 0;
    }
}

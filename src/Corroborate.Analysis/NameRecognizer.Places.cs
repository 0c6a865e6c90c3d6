using Corroborate.Domain;
using Corroborate.Reference;

namespace Corroborate.Analysis;

/// <summary>Rules for places told by the words around them: settlements' cues, a settlement and its district, places in a list.</summary>
public sealed partial class NameRecognizer
{
    /// <summary>
    /// "Теткино Глушковского района", "Первомайске Луганской области": a settlement, then the district or region it lies in
    /// (a Cyrillic "-ский" adjective and a lower-case head) are two places. Returns where the first ends.
    /// </summary>
    private static int SettlementBeforeDistrict(AnalyzedDocument doc, int first, int end)
    {
        var low = doc.LowerTokens;
        if (end - first < 3 || !char.IsLower(doc.Tokens[end - 1].Text[0]) || !NameKey.IsCyrillic(low[first][0])) return end;
        for (var k = first + 1; k < end - 1; k++)
            if (char.IsUpper(doc.Tokens[k].Text[0]) && IsRegionAdjective(low[k]) && !IsRegionAdjective(low[k - 1]) && !IsAdjectiveForm(low[k - 1])
                && IsNameToken(doc.Tokens[k - 1].Text) && Lex.PlaceHeads.Match(low, k + 1) is not null
                && !(doc.StartsSentence(k - 1) && Lex.CommonWords.Contains(low[k - 1])))
                return k;
        return end;
    }

    /// <summary>A district's or region's adjective: "Глушковского", "Луганской", "Сумської".</summary>
    private static bool IsRegionAdjective(string lower) =>
        IsAdjectiveForm(lower) && RegionStems.Any(stem => lower.AsSpan(Math.Max(0, lower.Length - 7)).Contains(stem, StringComparison.Ordinal));

    private static readonly string[] RegionStems = ["ск", "цк", "ськ", "цьк"];

    /// <summary>", a village", ", село": the words after a name say it is a settlement.</summary>
    private static bool SettlementAfter(AnalyzedDocument doc, int end)
    {
        var sentenceEnd = doc.TokenRange(doc.Tokens[end - 1].Sentence).End;
        if (end + 1 >= sentenceEnd || doc.Tokens[end].Text != ",") return false;
        var k = end + 1;
        if (doc.LowerTokens[k] is "a" or "the" or "an") k++;
        while (k < sentenceEnd && k <= end + 3 && char.IsLower(doc.Tokens[k].Text[0]) && !Lex.SettlementWords.Contains(doc.LowerTokens[k])) k++; // "a small village", "a frontline town"
        return k < sentenceEnd && Lex.SettlementWords.Contains(doc.LowerTokens[k]);
    }

    /// <summary>
    /// "the western city of Falluja", "the village of Kozinka", "the villages of Tamarasheni and Kekhvi": a settlement's word
    /// and "of" before a name, or before the name it is joined to by "and". Returns the settlement's word.
    /// </summary>
    private static string? SettlementOf(AnalyzedDocument doc, int first, int sentenceFirst)
    {
        var low = doc.LowerTokens;
        var of = first - 1;
        // The second of two: "villages of Tamarasheni and [Kekhvi]".
        if (of - 2 >= sentenceFirst && low[of] == "and" && IsNameToken(doc.Tokens[of - 1].Text) && low[of - 2] == "of") of -= 2;
        if (of - 1 >= sentenceFirst && low[of] == "of" && Lex.SettlementWords.Contains(low[of - 1])) return low[of - 1];
        // "the regional capital Tskhinvali", "the port Odesa": the word in lower case right before the name.
        return first - 1 >= sentenceFirst && Lex.SettlementWords.Contains(low[first - 1]) && char.IsLower(doc.Tokens[first - 1].Text[0]) ? low[first - 1] : null;
    }

    private static bool PlaceCueBefore(IReadOnlyList<string> low, int first, int sentenceFirst) =>
        first > sentenceFirst && low[first - 1] is "in" or "near" or "village" or "town" or "city" or "of" or "в" or "у" or "под" or "біля" or "село" or "селе" or "города" or "місто" or "міста" or "посёлок"
            or "по" or "під" or "поблизу" or "возле" or "около" or "селі" or "селищі" or "селище" or "поселке" or "районе" or "районі"
            or "села" or "селища" or "поселка" or "посёлка" or "деревни" or "хутора" or "станицы";

    /// <summary>
    /// "shelling of Gora-Podol and Glotovo", "Старица и Тихое": a lone capitalized word joined by "and" to a place is a
    /// place too where the gazetteer of the region knows it, though the tagger saw no name or a person there; so is the end
    /// of a way from a place ("from Saint-Etienne to Sisteron").
    /// </summary>
    private void CoordinatedPlacesPass(AnalyzedDocument doc, List<Draft> drafts, bool[] claimed, HashSet<string> surnames)
    {
        var low = doc.LowerTokens;
        foreach (var place in drafts.Where(d => d.Kind == MentionKind.Place && d.Antecedent is null).ToList())
        {
            var sentence = doc.Tokens[place.First].Sentence;
            foreach (var k in new[] { place.End + 1, place.First - 2 })
            {
                var and = k > place.First ? place.End : place.First - 1;
                if (k < 0 || k >= doc.Tokens.Count || and < 0 || and >= doc.Tokens.Count || doc.Tokens[k].Sentence != sentence) continue;
                // "from Saint-Etienne to Sisteron": the end of a way from a place is a place too.
                var way = k > place.First && low[and] is "to" && place.First > 0 && low[place.First - 1] is "from";
                if (low[and] is not ("and" or "or" or "и" or "або" or "та" or "і" or "й") && !way || !IsNameToken(doc.Tokens[k].Text) || doc.StartsSentence(k)) continue;
                if (k + 1 < doc.Tokens.Count && doc.Tokens[k + 1].Sentence == sentence && IsNameToken(doc.Tokens[k + 1].Text)) continue;
                if (!(gazetteer.Contains(doc.Tokens[k].Text) || way && gazetteer.NamedExactly(doc.Tokens[k].Text).Any()) || Lex.CommonWords.Contains(low[k]) || IsGivenName(doc, k)) continue;
                // A word the tagger took for a person there is the place, unless the document names someone so.
                var person = drafts.FindIndex(d => d.First == k && d.End == k + 1 && d.Kind == MentionKind.Person && !d.Anaphor);
                if (claimed[k] && (person < 0 || surnames.Contains(SurnameKey(doc.Tokens[k].Text)) || KnownPersons.IdOf(doc.Tokens[k].Text) is not null)) continue;
                if (person >= 0) drafts.RemoveAt(person);
                drafts.Add(new Draft(k, k + 1, MentionKind.Place, doc.Tokens[k].Text));
                claimed[k] = true;
            }
        }
    }
}

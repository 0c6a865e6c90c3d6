using System.Globalization;
using Corroborate.Domain;

namespace Corroborate.Analysis;

/// <summary>
/// Quantities as ranges with a unit, keeping the phrase: "several hundred fighters" (300–900 people),
/// "two battalions", "up to 8", "at least 2 killed", "500-1000 troops", "десятки бойцов", "кілька сотень".
/// A count of people followed by "were killed"/"погибли" counts the killed.
/// </summary>
public sealed class QuantityRecognizer : IAnnotator
{
    public string Name => "quantities";
    public IReadOnlyList<string> Requires => ["tokens", "sentences", "times"];
    public IReadOnlyList<string> Produces => ["quantities"];

    private static AnalysisLexicons Lex => AnalysisLexicons.Shared;

    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    { "of", "its", "their", "his", "her", "the", "our", "more", "other", "armed", "russian", "ukrainian", "were", "was", "з", "із", "їхніх", "своих", "своїх", "наших", "нашего", "нашої", "нашого", "\"", "«", "»", "“", "”" };

    public void Annotate(AnalyzedDocument doc)
    {
        var low = doc.LowerTokens;
        var inTime = new bool[doc.Tokens.Count];
        var ti = 0;
        foreach (var t in doc.Times)
            for (; ti < doc.Tokens.Count && doc.Tokens[ti].Span.Start < t.Span.End; ti++)
                if (doc.Tokens[ti].Span.Start >= t.Span.Start) inTime[ti] = true;
        var result = new List<Quantity>();
        for (var i = 0; i < doc.Tokens.Count; i++)
        {
            if (inTime[i]) continue;
            if (Lex.CasualtyNone.Match(low, i) is { } none)
            {
                // "no casualties", "обошлось без пострадавших": a count of zero, for the killed, the injured or both.
                var span0 = new Span(doc.Tokens[i].Span.Start, doc.Tokens[i + none.Length - 1].Span.End);
                foreach (var u in none.Value == "both" ? (string[])["killed", "injured"] : [none.Value])
                    result.Add(new Quantity(span0, doc.SpanText(span0), 0, 0, u));
                i += none.Length - 1;
                continue;
            }
            // "a battalion strength", "численностью до батальона": one formation, named without a number.
            if (Lex.FormationStrength.Match(low, i) is { } formation && doc.Tokens[i + formation.Length - 1].Sentence == doc.Tokens[i].Sentence)
            {
                var span1 = new Span(doc.Tokens[i].Span.Start, doc.Tokens[i + formation.Length - 1].Span.End);
                result.Add(new Quantity(span1, doc.SpanText(span1), 1, 1, formation.Value));
                i += formation.Length - 1;
                continue;
            }
            // "wounding a woman", "killing a civilian", "погибла 67-летняя жительница": one casualty, counted by the
            // article or by the age that describes one person ("lost a couple of soldiers" is a number, read below).
            if (Lex.CasualtyVerbs.Match(low, i) is { } verb && i + verb.Length + 1 < doc.Tokens.Count
                && (low[i + verb.Length] is "a" or "an" && doc.Tokens[i + verb.Length + 1].IsWord && Lex.Numbers.Match(low, i + verb.Length) is null
                    || AgeAt(doc, i + verb.Length) is not null)
                && doc.Tokens[i + verb.Length + 1].Sentence == doc.Tokens[i].Sentence)
            {
                var last = AgeAt(doc, i + verb.Length) is int agedTo ? Math.Min(agedTo, doc.Tokens.Count - 1) : i + verb.Length + 1;
                var one = new Span(doc.Tokens[i + verb.Length].Span.Start, doc.Tokens[last].Span.End);
                result.Add(new Quantity(one, doc.SpanText(one), 1, 1, verb.Value));
                i = last;
                continue;
            }
            var mod = Lex.QuantityModifiers.Match(low, i);
            var numStart = mod is { } m ? i + m.Length : i;
            if (numStart >= doc.Tokens.Count || inTime[numStart]) continue;
            if (AgeAt(doc, numStart) is int ageEnd) { i = ageEnd - 1; continue; } // "67-летняя", "a 34-year-old": an age, not a count
            if (Number(doc, numStart) is not { } num) { continue; }
            var (min, max) = (num.Min, (long?)num.Max);
            switch (mod?.Value)
            {
                case "upto": min = 1; break;
                case "atleast": max = null; break;
                case "morethan": min = num.Max + 1; max = null; break;
            }
            var (unit, end) = Unit(doc, num.End);
            // "lost two fighters", "killing one", "погибли двое", "поранено двох людей": the verb before makes them casualties.
            // Not when the count is of something else: "уничтожили два опорных пункта" destroyed strongpoints, not people.
            if (unit is "people" or null && CasualtyVerbBefore(doc, i) is { } cv && (unit is not null || !(cv.OfThings && CountsAnotherNoun(doc, num.End)))) unit = cv.Unit;
            if (unit is null && num.Word is false) continue; // bare digits are too often codes and counts of other things
            if (unit is null && !num.Vague) continue;
            var first = mod is not null ? i : numStart;
            var span = new Span(doc.Tokens[first].Span.Start, doc.Tokens[Math.Max(end, num.End) - 1].Span.End);
            result.Add(new Quantity(span, doc.SpanText(span), min, max, unit));
            i = Math.Max(end, num.End) - 1;
        }
        doc.Quantities = result;
    }

    /// <summary>Where an age ("67-летняя", "58-річна", "34-year-old") starting at token <paramref name="i"/> ends, or null.</summary>
    private static int? AgeAt(AnalyzedDocument doc, int i)
    {
        var low = doc.LowerTokens;
        if (i >= low.Count || low[i].Length == 0 || !char.IsDigit(low[i][0])) return null;
        static bool IsAgeWord(string w) => w.StartsWith("летн", StringComparison.Ordinal) || w.StartsWith("річн", StringComparison.Ordinal) || w.StartsWith("year", StringComparison.Ordinal);
        var dash = low[i].IndexOf('-');
        if (dash > 0 && IsAgeWord(low[i][(dash + 1)..])) return i + 1;
        if (i + 2 < low.Count && low[i + 1] is "-" or "–" && IsAgeWord(low[i + 2])) return i + (low[i + 2].StartsWith("year", StringComparison.Ordinal) && i + 4 < low.Count && low[i + 3] == "-" ? 5 : 3);
        return null;
    }

    /// <summary>Whether a lower-case word of the same sentence follows a number: the noun it counts, when no unit was found.</summary>
    private static bool CountsAnotherNoun(AnalyzedDocument doc, int after)
    {
        if (after >= doc.Tokens.Count || doc.Tokens[after].Sentence != doc.Tokens[after - 1].Sentence || !doc.Tokens[after].IsWord
            || !char.IsLower(doc.Tokens[after].Text[0]) || Fillers.Contains(doc.LowerTokens[after]) || Lex.CasualtyVerbs.Match(doc.LowerTokens, after) is not null) return false;
        // "знищили 12 російських військових": people after an adjective or two are still people.
        for (var k = after; k < Math.Min(doc.Tokens.Count, after + 3) && doc.Tokens[k].Sentence == doc.Tokens[after].Sentence; k++)
            if (Lex.Units.Match(doc.LowerTokens, k) is { Value: "people" }) return false;
        return true;
    }

    /// <summary>A verb of killing or wounding ending right before token <paramref name="i"/> (one- or two-word: "получили ранения"), and whether it also takes things.</summary>
    private static (string Unit, bool OfThings)? CasualtyVerbBefore(AnalyzedDocument doc, int i)
    {
        for (var v = i - 1; v >= Math.Max(0, i - 2); v--)
            if (doc.Tokens[v].Sentence == doc.Tokens[i].Sentence && Lex.CasualtyVerbs.Match(doc.LowerTokens, v) is { } cv && v + cv.Length == i)
                return (cv.Value, Lex.CasualtyVerbsOfThings.Match(doc.LowerTokens, v) is not null);
        return null;
    }

    private readonly record struct Num(long Min, long Max, int End, bool Word, bool Vague);

    private static Num? Number(AnalyzedDocument doc, int i)
    {
        var tokens = doc.Tokens;
        var low = doc.LowerTokens;
        bool Same(int k) => k < tokens.Count && tokens[k].Sentence == tokens[i].Sentence;
        if (Digits(doc, i) is { } d)
        {
            // 500-1000, 500–1000
            if (Same(d.End + 1) && tokens[d.End].Text is "-" or "–" or "—" && Digits(doc, d.End + 1) is { } d2 && d2.Value > d.Value)
                return new Num((long)d.Value, (long)d2.Value, d2.End, false, false);
            if (Same(d.End) && Lex.Numbers.Match(low, d.End) is { Value.Kind: "scale" } sc)
            {
                var v = (long)Math.Round(d.Value * sc.Value.Min);
                return new Num(v, v, d.End + sc.Length, true, false);
            }
            return new Num((long)d.Value, (long)d.Value, d.End, false, false);
        }
        if (Lex.Numbers.Match(low, i) is not { } w) return null;
        var (kind, lo, hi) = w.Value;
        var end = i + w.Length;
        if (Same(end) && low[end] == "a" && kind == "vague") end++; // "a few", handled by the lexicon; tolerate "a"
        if (Same(end) && Lex.Numbers.Match(low, end) is { Value.Kind: "scale" } scale)
        {
            var mult = scale.Value.Min;
            // several hundred; два десятка; кілька сотень
            return new Num(lo * mult, hi * mult, end + scale.Length, true, kind == "vague");
        }
        if (kind == "scale") return new Num(2 * lo, 9 * lo, end, true, true);
        // "a couple of", "dozens of"
        return new Num(lo, hi, end, true, kind == "vague");
    }

    /// <summary>
    /// A number written in digits: "1,000" and "20 000" (thousands separators), "1.5" and "1,5" (decimals).
    /// Years inside dates never get here: the time annotator has claimed them.
    /// </summary>
    private static (double Value, int End)? Digits(AnalyzedDocument doc, int i)
    {
        var t = doc.Tokens[i].Text;
        if (t.Length == 0 || !char.IsDigit(t[0]) || t.Length > 12) return null;
        double value;
        var parts = t.Split(',', '.');
        if (parts.Any(p => p.Length == 0 || !p.All(char.IsDigit))) return null;
        if (parts.Length == 1) value = double.Parse(t, CultureInfo.InvariantCulture);
        else if (parts.Skip(1).All(p => p.Length == 3) && parts[0].Length <= 3) value = double.Parse(string.Concat(parts), CultureInfo.InvariantCulture);
        else if (parts.Length == 2) value = double.Parse(parts[0] + "." + parts[1], CultureInfo.InvariantCulture);
        else return null;
        var end = i + 1;
        // "20 000": groups of three digits after a single space continue the number.
        while (parts.Length == 1 && t.Length <= 3 && end < doc.Tokens.Count && doc.Tokens[end].Text.Length == 3 && doc.Tokens[end].Text.All(char.IsDigit)
               && doc.Tokens[end].Span.Start - doc.Tokens[end - 1].Span.End == 1 && doc.Text[doc.Tokens[end - 1].Span.End] is ' ' or '\u00a0' or '\u202f')
        {
            value = value * 1000 + double.Parse(doc.Tokens[end].Text, CultureInfo.InvariantCulture);
            end++;
        }
        return (value, end);
    }

    /// <summary>The unit after a number (skipping "of its"), and killed/injured when the verb follows.</summary>
    private static (string? Unit, int End) Unit(AnalyzedDocument doc, int k)
    {
        var tokens = doc.Tokens;
        var low = doc.LowerTokens;
        string? unit = null;
        var end = k;
        for (var j = k; j < Math.Min(tokens.Count, k + 4) && tokens[j].Sentence == tokens[k > 0 ? k - 1 : k].Sentence; j++)
        {
            if (Lex.Units.Match(low, j) is { } u)
            {
                // "two of the battalion's fighters": a possessor is not the unit counted.
                if (j + u.Length < tokens.Count && low[j + u.Length] is "'s" or "’s") { j += u.Length; continue; }
                unit = u.Value; end = j + u.Length; break;
            }
            if (!Fillers.Contains(low[j])) break;
        }
        if (unit is null or "people")
        {
            for (var j = end; j < Math.Min(tokens.Count, end + 4) && tokens[j].Sentence == tokens[Math.Max(0, end - 1)].Sentence; j++)
            {
                if (Lex.Units.Match(low, j) is { Value: "killed" or "injured" } v) { return (v.Value, unit is null ? j + v.Length : end); }
                if (!Fillers.Contains(low[j]) && low[j] is not ("have" or "had" or "been" or "being" or "reportedly")) break;
            }
        }
        return (unit, end);
    }
}

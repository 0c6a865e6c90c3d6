using Corroborate.Domain;
using Corroborate.Reference;

namespace Corroborate.Analysis;

/// <summary>
/// Other names: what a capitalized word names when it is no person, organization or place. Nationalities and creeds
/// ("German", "Moslems"), events and documents by their last word ("the World Cup", "the Minsk Agreements"), awards
/// ("Nobel Peace Prize", "Order of Bohdan Khmelnytsky"), titles of works (фильм «Брат») and named products ("HIMARS",
/// «Искандер»). None of them is an actor, so they stay out of the mentions.
/// </summary>
public sealed partial class NameRecognizer
{
    /// <summary>
    /// A named product or a known event is no person, organization or place, whatever else read it so ("Javelin" or the
    /// "Champions League" as a body, «Искандер» as a quoted company): such drafts give way, unless a longer name holds
    /// the word ("Kalibr Missile Brigade", "Olympic Stadium"). An ambiguous product's form ("Patriot", «Авангард») is a
    /// product only mid-sentence, capitalized, and where no name was read, or in quotes where only a place was.
    /// </summary>
    private static void KnownOthersPass(AnalyzedDocument doc, List<Draft> drafts, List<(int First, int End, OtherKind Kind)> others)
    {
        var low = doc.LowerTokens;
        for (var i = 0; i < low.Count; i++)
        {
            var product = Lex.Products.Match(low, i);
            var @event = Lex.EventWords.Match(low, i);
            if (product is null && @event is null) continue;
            var (length, kind, ambiguous) = product is { } p && (@event is not { } e || p.Length >= e.Length)
                ? (p.Length, OtherKind.Product, p.Value.Ambiguous)
                : (@event!.Value.Length, OtherKind.Event, false);
            var end = i + length;
            var text = doc.Tokens[i].Text;
            var written = char.IsUpper(text[0]) || char.IsDigit(text[^1]);
            // In quotes («Градами») an ambiguous form is the product though a place was read there; not a body («Авангард») nor a codename («Caesar»).
            var quoted = i > 0 && IsOpenQuote(doc.Tokens[i - 1].Text) && end < low.Count && IsCloseQuote(doc.Tokens[end].Text);
            if (!written || HeldByLongerDraft(drafts, i, end)
                || ambiguous && (quoted ? drafts.Any(d => d.First < end && d.End > i && d.Kind != MentionKind.Place) : doc.StartsSentence(i) || drafts.Any(d => d.First < end && d.End > i)))
                continue;
            drafts.RemoveAll(d => d.First >= i && d.End <= end);
            // A quoted title after a weapon's or a vehicle's word (комплекс «Нептун») is this product.
            others.RemoveAll(o => o.First == i && o.End == end);
            others.Add((i, end, kind));
            i = end - 1;
        }
    }

    /// <summary>
    /// The other names left where no person, organization or place was read: nationalities and creeds, events, documents
    /// and awards by their last word, with what <see cref="SentencePass"/> already found (awards by their first words, works).
    /// A body's or a place's draft right before an event's name is taken into it.
    /// </summary>
    private static List<OtherName> OtherNames(AnalyzedDocument doc, List<Draft> drafts, List<(int First, int End, OtherKind Kind)> found)
    {
        var tokens = doc.Tokens;
        var low = doc.LowerTokens;
        // "Democrats clashed", "the Serbs": one person is no plural of a creed or a nationality.
        drafts.RemoveAll(d => d is { Kind: MentionKind.Person, Antecedent: null } && d.End - d.First == 1 && low[d.First].EndsWith('s')
                              && (Lex.GroupWords.Contains(low[d.First]) || Lex.Demonyms.TryGet(low[d.First], out _)));
        var taken = new bool[tokens.Count];
        foreach (var d in drafts)
            for (var k = d.First; k < d.End; k++) taken[k] = true;
        var others = new List<(int First, int End, OtherKind Kind)>();
        void Take(int first, int end, OtherKind kind)
        {
            if (end <= first || taken.AsSpan(first, end - first).Contains(true)) return;
            for (var k = first; k < end; k++) taken[k] = true;
            others.Add((first, end, kind));
        }
        foreach (var (first, end, kind) in found) Take(first, end, kind);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (taken[i] || !char.IsUpper(tokens[i].Text[0])) continue;
            var tail = Lex.DocumentTails.Contains(low[i]) ? (Lex.DocumentWords.Contains(low[i]) ? OtherKind.Document : OtherKind.Event)
                : Lex.AwardTails.Contains(low[i]) ? OtherKind.Award : (OtherKind?)null;
            // "the Second World War", "the Treaty of Versailles": words before the last one, or a name after "of".
            var start = tail is null ? i : NamedBefore(doc, i, taken);
            var end = tail is null ? i + 1 : OfNameAfter(doc, NumberAfter(doc, i + 1, taken), taken);
            // "the UEFA Cup", "the US Open", "the Davis Cup": a body, a place or a person that names an event is inside its name.
            if (tail is OtherKind.Event or OtherKind.Award && start > 0 && taken[start - 1]
                && drafts.FindIndex(d => d.End == start && !d.Anaphor) is var named and >= 0)
            {
                start = drafts[named].First;
                for (var k = start; k < drafts[named].End; k++) taken[k] = false;
                drafts.RemoveAt(named);
            }
            if (tail is { } kind && (start < i || end > i + 1)) Take(start, end, kind);
            // "the Olympics", "an Olympic champion": a word that names an event alone.
            else if (Lex.EventWords.Match(low, i) is { } word) Take(i, i + word.Length, OtherKind.Event);
        }
        for (var i = 0; i < tokens.Count; i++)
        {
            if (taken[i] || !char.IsUpper(tokens[i].Text[0]) || NameKey.IsCyrillic(tokens[i].Text[0])) continue;
            // "Wellesley Tudor Pole", "Jandal al-Kuwaiti": a nationality's word after a name's is the name's.
            if (i > 0 && Lex.NameParticles.Contains(low[i - 1]) || i > 1 && tokens[i - 1].Text == "-" && Lex.NameParticles.Contains(low[i - 2])) continue;
            if (i > 0 && !doc.StartsSentence(i) && IsNameToken(tokens[i - 1].Text) && !taken[i - 1] && GroupWordsAt(doc, i - 1) == 0
                && !Lex.IsFunctionWord(low[i - 1]) && !Lex.CommonWords.Contains(low[i - 1])) continue;
            // "Bosnian Serb", "European Jews": nationalities and creeds one after another are one name.
            var end = i;
            for (var length = GroupWordsAt(doc, i); length > 0 && !taken.AsSpan(end, length).Contains(true);
                 length = end < tokens.Count && tokens[end].Sentence == tokens[i].Sentence && !doc.BreaksLineBefore(end) ? GroupWordsAt(doc, end) : 0)
                end += length;
            Take(i, end, OtherKind.Group);
        }
        // "GRAND SLAM CUP" in a headline in capitals, which the truecaser could only lower, is the "Grand Slam Cup" the story names.
        var known = others.Select(o => (Words: low.Skip(o.First).Take(o.End - o.First).ToArray(), o.Kind)).ToList();
        for (var i = 0; i < tokens.Count && known.Count > 0; i++)
        {
            if (taken[i] || !Shouted(doc, i)) continue;
            foreach (var (words, kind) in known)
                if (i + words.Length <= tokens.Count && Enumerable.Range(0, words.Length).All(k => low[i + k] == words[k] && Shouted(doc, i + k)))
                {
                    Take(i, i + words.Length, kind);
                    break;
                }
        }
        others.Sort((a, b) => a.First.CompareTo(b.First));
        return others.Select(o =>
        {
            var span = new Span(tokens[o.First].Span.Start, tokens[o.End - 1].Span.End);
            return new OtherName(span, o.Kind, doc.SpanText(span), tokens[o.First].Sentence);
        }).ToList();
    }

    /// <summary>Whether a draft overlaps [first, end) and reaches beyond it: a longer name holds those words ("Kalibr Missile Brigade").</summary>
    private static bool HeldByLongerDraft(List<Draft> drafts, int first, int end) =>
        drafts.Any(d => d.First < end && d.End > first && (d.First < first || d.End > end));

    /// <summary>Whether a word was written in capitals ("CUP"), whatever case the truecaser gave it.</summary>
    private static bool Shouted(AnalyzedDocument doc, int i) =>
        Truecaser.IsShouted(doc.Text.AsSpan(doc.Tokens[i].Span.Start, doc.Tokens[i].Span.End - doc.Tokens[i].Span.Start));

    /// <summary>
    /// How many words of a nationality ("South African") or a creed ("Moslems") start at <paramref name="i"/>, capitalized;
    /// none for a common word opening a sentence ("Conservative estimates").
    /// </summary>
    private static int GroupWordsAt(AnalyzedDocument doc, int i)
    {
        if (!char.IsUpper(doc.Tokens[i].Text[0])) return 0;
        if (Lex.Demonyms.Match(doc.LowerTokens, i) is { } demonym) return demonym.Length;
        if (Lex.GroupWords.Contains(doc.LowerTokens[i])) return doc.StartsSentence(i) && Lex.CommonWords.Contains(doc.LowerTokens[i]) ? 0 : 1;
        return CompoundOfNationalities(doc.LowerTokens[i]) ? 1 : 0;
    }

    /// <summary>
    /// "Israeli-Palestinian", "Anglo-Irish", "Ibero-American", "Russian-backed": nationalities, or a people's or a creed's
    /// word (group-words.txt), joined by hyphens, or one before a word in lower case.
    /// </summary>
    private static bool CompoundOfNationalities(string lower)
    {
        var dash = lower.IndexOf('-');
        if (dash <= 0) return false;
        var parts = lower.Split('-');
        return (Lex.Demonyms.TryGet(parts[0], out _) || Lex.GroupWords.Contains(parts[0]) || parts[0] == "anglo") && parts.Skip(1).All(p => p.Length > 0 && (Lex.Demonyms.TryGet(p, out _) || Lex.CommonWords.Contains(p)));
    }

    /// <summary>
    /// Where the capitalized words before an event's or a document's last word begin ("Dubai Desert Classic", "Second World
    /// War", "Davis Cup"); <paramref name="tail"/> itself when a name or nothing comes before it. An article, or a common word
    /// opening the sentence and what joined it ("Veterans of World War II"), is not part of it.
    /// </summary>
    private static int NamedBefore(AnalyzedDocument doc, int tail, bool[] taken)
    {
        var first = doc.TokenRange(doc.Tokens[tail].Sentence).First;
        var j = tail;
        while (j > first && !taken[j - 1])
        {
            var t = doc.Tokens[j - 1].Text;
            if (IsNameToken(t)) { j--; continue; }
            if (j - 1 > first && j < tail && doc.LowerTokens[j - 1] is "of" or "de" && IsNameToken(doc.Tokens[j - 2].Text)) { j--; continue; }
            break;
        }
        if (j > first && taken[j - 1]) return tail;
        while (j < tail && (doc.LowerTokens[j] is "the" or "a" or "an" or "of" or "de"
                            || doc.StartsSentence(j) && (Lex.IsFunctionWord(doc.LowerTokens[j]) || Lex.CommonWords.Contains(doc.LowerTokens[j])) && !Lex.Demonyms.TryGet(doc.LowerTokens[j], out _))) j++;
        return j;
    }

    /// <summary>"World War II", "World War Two": the number of an event stays in its name.</summary>
    private static int NumberAfter(AnalyzedDocument doc, int after, bool[] taken) =>
        after < doc.Tokens.Count && !taken[after] && doc.Tokens[after].Sentence == doc.Tokens[after - 1].Sentence
        && (doc.Tokens[after].Text is "I" or "II" or "III" or "IV" or "V" or "One" or "Two" or "Three") ? after + 1 : after;

    /// <summary>"Treaty of Versailles", "Declaration of Independence": a capitalized run after "of" stays in the name.</summary>
    private static int OfNameAfter(AnalyzedDocument doc, int after, bool[] taken)
    {
        if (after + 1 >= doc.Tokens.Count || doc.LowerTokens[after] != "of" || doc.Tokens[after].Sentence != doc.Tokens[after + 1].Sentence) return after;
        var j = after + 1;
        while (j < doc.Tokens.Count && !taken[j] && doc.Tokens[j].Sentence == doc.Tokens[after].Sentence && IsNameToken(doc.Tokens[j].Text)) j++;
        return j > after + 1 ? j : after;
    }
}

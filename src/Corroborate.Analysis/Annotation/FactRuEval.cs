using static Corroborate.Analysis.Annotation.AnnotationTypes;
using Corroborate.Domain;

namespace Corroborate.Analysis.Annotation;

/// <summary>A token of a .tokens file, with the number of its sentence.</summary>
public readonly record struct FreToken(string Id, int Start, int Length, string Text, int Sentence)
{
    public int End => Start + Length;
}

/// <summary>A typed span of a .spans file (name, surname, org_descr, …) and the ids of its tokens.</summary>
public sealed record FreSpan(string Id, string Type, int Start, int End, IReadOnlyList<string> Tokens);

/// <summary>A scored mention of an .objects file: Person as PER, Org as ORG, Location and LocOrg as LOC.</summary>
public sealed record FreMention(string Id, string Type, IReadOnlyList<FreSpan> Spans)
{
    public Span Extent => new(Spans.Min(s => s.Start), Spans.Max(s => s.End));
}

/// <summary>One factRuEval document: its text, tokens in file order, and its scored mentions (Project and Facility are not).</summary>
public sealed record FreDocument(string Name, string Text, IReadOnlyList<FreToken> Tokens, IReadOnlyList<FreMention> Mentions)
{
    public static FreDocument Read(string textPath)
    {
        var stem = Path.ChangeExtension(textPath, null);
        // A few span ids occur twice (one token typed both org_name and loc_name); the later line wins, as upstream.
        var spans = File.ReadLines(stem + ".spans").Where(l => l.Length > 0).Select(ReadSpan)
            .GroupBy(s => s.Id).ToDictionary(g => g.Key, g => g.Last());
        var mentions = File.ReadLines(stem + ".objects").Select(l => ReadMention(l, spans)).OfType<FreMention>().ToList();
        return new FreDocument(Path.GetFileName(stem), File.ReadAllText(textPath), ReadTokens(stem + ".tokens"), mentions);
    }

    /// <summary>
    /// The document's names under docs/annotation.md, for training: a person is its name words (jobs and titles
    /// outside); an organization runs from its first to its last name word, and when only a place names it, it is a
    /// state's institution with its place (правительства Германии) or else left to its place (the place alone); a place is its name words with the descriptor words right after them
    /// (Тверской площади), a descriptor before them stays outside (города Москвы). Of overlapping mentions the outermost wins.
    /// </summary>
    public AnnotatedText ToAnnotated()
    {
        var candidates = new List<GoldSpan>();
        foreach (var m in Mentions)
        {
            var names = m.Spans.Where(s => NameWords[m.Type].Contains(s.Type)).ToList();
            if (names.Count == 0) continue;
            if (m.Type == Organization && !names.Any(s => s.Type == "org_name"))
            {
                if (StateBody(m, names) is { } body) candidates.Add(new GoldSpan(body, Organization));
                continue;
            }
            var (start, end) = (names.Min(s => s.Start), names.Max(s => s.End));
            if (m.Type == Location)
                foreach (var d in m.Spans.Where(s => s.Type == "loc_descr").OrderBy(s => s.Start))
                    if (d.Start >= end && string.IsNullOrWhiteSpace(Text[end..d.Start])) end = d.End;
            if (m.Type == Organization)
            {
                // A lower-case start describes (японского МИДа, сборную России): the name begins at the first capital.
                while (start < end && char.IsLower(Text[start]))
                {
                    var space = Text.IndexOf(' ', start, end - start);
                    start = space < 0 ? end : space + 1;
                }
                // An opening quote inside the name closes with it; quotes that wrap the whole name are outside.
                var name = Text.AsSpan(start, end - start);
                if (end < Text.Length && name.Count('«') > name.Count('»') && Text[end] == '»') end++;
                if (start < end && Quotes.Contains(Text[start]) && Quotes.Contains(Text[end - 1])) (start, end) = (start + 1, end - 1);
                // What is left is a place with words after it: the place alone is the name.
                if (start >= end || names.Any(s => s.Type == "loc_name" && s.Start == start)) continue;
            }
            candidates.Add(new GoldSpan(new Span(start, end), m.Type));
        }
        var kept = new List<GoldSpan>();
        foreach (var c in candidates.OrderByDescending(c => c.Span.Length).ThenBy(c => c.Span.Start))
            if (!kept.Any(k => k.Span.Start < c.Span.End && c.Span.Start < k.Span.End)) kept.Add(c);
        return new AnnotatedText(Name, "ru", Text, kept.OrderBy(k => k.Span.Start).ToList());
    }

    /// <summary>
    /// A state's institution in lower case before its place ("правительства Германии", "министерства иностранных дел
    /// Украины"): one organization from the institution's word to the place's end, as docs/annotation.md settles it.
    /// </summary>
    private Span? StateBody(FreMention m, IReadOnlyList<FreSpan> names)
    {
        var place = names.Min(s => s.Start);
        var descriptor = m.Spans.Where(s => s.Type == "org_descr" && s.Start < place).OrderBy(s => s.Start).FirstOrDefault();
        if (descriptor is null) return null;
        var word = Text[descriptor.Start..descriptor.End].Split(' ')[0];
        return AnalysisLexicons.Shared.IsStateBody(word) ? new Span(descriptor.Start, names.Max(s => s.End)) : null;
    }

    /// <summary>The span types that carry a mention's name: those the official scorer weighs 1 (config.py QUALITY under -l).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> NameWords = new Dictionary<string, string[]>
    {
        [Person] = ["name", "surname", "patronymic", "nickname"],
        [Location] = ["org_name", "loc_name"],
        [Organization] = ["org_name", "loc_name"],
    };

    private const string Quotes = "«»\"“”„";

    /// <summary>Every document of a factRuEval folder (devset, testset), in file order.</summary>
    public static IEnumerable<FreDocument> ReadFolder(string folder) =>
        Directory.EnumerateFiles(folder, "book_*.txt").Order(StringComparer.Ordinal).Select(Read);

    // "<id> <start> <length> <text>", a blank line between sentences.
    private static List<FreToken> ReadTokens(string path)
    {
        var tokens = new List<FreToken>();
        var sentence = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0) { sentence++; continue; }
            var c = line.Split(' ', 4);
            tokens.Add(new FreToken(c[0], int.Parse(c[1]), int.Parse(c[2]), c[3], sentence));
        }
        return tokens;
    }

    // "<id> <type> <start> <length> <first token> <n tokens>  # <n token ids> <token texts>"
    private static FreSpan ReadSpan(string line)
    {
        var halves = line.Split("  # ", 2);
        var c = halves[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = int.Parse(c[2]);
        var ids = halves[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(int.Parse(c[5])).ToList();
        return new FreSpan(c[0], c[1], start, start + int.Parse(c[3]), ids);
    }

    // "<id> <Type> <span id…> # <text>"
    private static FreMention? ReadMention(string line, Dictionary<string, FreSpan> spans)
    {
        var c = line.Split(' ').TakeWhile(f => f != "#").Where(f => f.Length > 0).ToList();
        var type = c.Count < 3 ? null : c[1] switch
        {
            "Person" => Person,
            "Org" or "Organization" => Organization,
            "Location" or "LocOrg" => Location,
            _ => null,
        };
        return type is null ? null : new FreMention(c[0], type, c.Skip(2).Select(id => spans[id]).ToList());
    }
}


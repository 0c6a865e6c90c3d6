using Corroborate.Domain;
using Corroborate.Reference;

namespace Corroborate.Resolution;

/// <summary>
/// Turns mentions into entities. Within a document: stated aliases (codenames, acronyms, translations),
/// equal names, and a bare surname with the full name it shortens. Across documents: equal name keys
/// (script- and inflection-insensitive), equal translation keys for organizations, a person's surname with a
/// compatible first initial, a codename or surname that is already an alias of exactly one person, and the same
/// GeoNames place. Persons, organizations and places are never merged with each other. Every merge is explained.
/// </summary>
public sealed class Resolver(Gazetteer gazetteer, TranslationGroups translations, KnownOrganizations organizations)
{
    public static Resolver CreateDefault() => new(Gazetteer.Shared, TranslationGroups.Shared, KnownOrganizations.Shared);

    private sealed record Node(MentionRef Ref, Mention Mention, Document Document, string Key);

    /// <summary>The key judgements use for a name of an entity of <paramref name="kind"/>.</summary>
    public static string NameKeyOf(MentionKind kind, string name) => kind.ToString()[..3] + ":" + Key(kind, name);

    public ResolutionResult Resolve(IEnumerable<ExtractedDocument> documents, IReadOnlyList<Judgement>? judgements = null)
    {
        var nodes = new List<Node>();
        var anaphors = new List<(MentionRef Ref, MentionRef Antecedent)>();
        var links = new List<(int A, int B, string Why)>();
        foreach (var x in documents)
        {
            var offset = nodes.Count;
            var local = new Dictionary<int, int>();
            foreach (var m in x.Mentions)
            {
                var r = new MentionRef(x.Document.Id, m.Index);
                if (m is { Anaphor: true, Antecedent: int a }) { anaphors.Add((r, new MentionRef(x.Document.Id, a))); continue; }
                local[m.Index] = nodes.Count;
                nodes.Add(new Node(r, m, x.Document, m.Kind.ToString()[..3] + ":" + Key(m.Kind, m.Normal)));
            }
            // A shorter name of what the document names in full ("AMS" after "Association of Muslim Scholars") is its alias.
            foreach (var m in x.Mentions)
                if (m is { Anaphor: false, Antecedent: int full } && local.TryGetValue(m.Index, out var shorter) && local.TryGetValue(full, out var named)
                    && nodes[shorter].Key != nodes[named].Key)
                    links.Add((shorter, named, $"short form of a full name in \"{Short(x.Document.Title ?? x.Document.Id)}\""));
            foreach (var l in x.Aliases)
                if (local.TryGetValue(l.Mention, out var a) && local.TryGetValue(l.Alias, out var b) && nodes[a].Mention.Kind == nodes[b].Mention.Kind)
                    links.Add((a, b, $"{Describe(l.Kind)} in \"{Short(x.Document.Title ?? x.Document.Id)}\""));
            // A bare surname is the full name it shortens, when the document has exactly one such full name.
            var persons = local.Values.Where(i => nodes[i].Mention.Kind == MentionKind.Person).ToList();
            foreach (var single in persons.Where(i => !nodes[i].Mention.Normal.Contains(' ')))
            {
                var surname = NameKey.Skeleton(nodes[single].Mention.Normal);
                var full = persons.Where(i => nodes[i].Mention.Normal.Contains(' ') && NameKey.Skeleton(nodes[i].Mention.Normal.Split(' ')[^1]) == surname).ToList();
                if (full.Select(i => nodes[i].Key).Distinct().Count() == 1)
                    links.Add((single, full[0], "surname of the full name in the same document"));
            }
        }

        var uf = new UnionFind(nodes.Count);
        var reasons = new Dictionary<int, List<string>>();
        var (merges, isolated) = Effective(judgements ?? []);
        void Join(int a, int b, string why) => JoinUnlessSplit(a, b, why, forced: false);
        void JoinUnlessSplit(int a, int b, string why, bool forced)
        {
            // A name a user split off joins nothing but its own spellings, unless a later judgement merges it.
            if (!forced && nodes[a].Key != nodes[b].Key && (isolated.Contains(nodes[a].Key) || isolated.Contains(nodes[b].Key))) return;
            if (!uf.Union(a, b)) return;
            var line = $"'{nodes[a].Mention.Normal}' = '{nodes[b].Mention.Normal}': {why}";
            (reasons.TryGetValue(a, out var l) ? l : reasons[a] = []).Add(line);
        }

        foreach (var (a, b, why) in links) Join(a, b, why);
        // Namesake places the documents' context resolved apart (two villages called Kozinka) stay apart.
        BlockAndJoin(nodes, n => n.Mention.GeonamesId is long g ? $"{n.Key}@{g}" : n.Key, "same name (ignoring case, script and endings)", Join);
        BlockAndJoin(nodes, n => n.Mention.Kind == MentionKind.Organization && translations.KeyOf(n.Mention.Normal) is { } k ? "org:" + k : null,
            "translated name (same words across languages)", Join);
        BlockAndJoin(nodes, n => n.Mention.Kind == MentionKind.Organization ? organizations.IdOfAnyForm(n.Mention.Normal) : null,
            "names of one known organization", Join);
        BlockAndJoin(nodes, n => n.Mention.Kind == MentionKind.Place && (n.Mention.GeonamesId ?? gazetteer.Best(n.Mention.Normal)?.Id) is long g ? "geo:" + g : null,
            "same GeoNames place", Join);
        BlockAndJoin(nodes, PersonSurnameKey, "same surname and first initial", Join);
        JoinSimilarSurnames(nodes, Join);
        JoinAcronyms(nodes, uf, Join);
        JoinSingleNamesToPersons(nodes, uf, Join);
        var firstWithKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = nodes.Count - 1; i >= 0; i--) firstWithKey[nodes[i].Key] = i;
        foreach (var m in merges)
            if (firstWithKey.TryGetValue(m.A, out var a) && firstWithKey.TryGetValue(m.B, out var b))
                JoinUnlessSplit(a, b, $"merged by judgement #{m.Number}", forced: true);

        return Build(nodes, anaphors, uf, reasons);
    }

    /// <summary>Person names are already nominative, so spelling alone decides; other names also shed case endings.</summary>
    private static string Key(MentionKind kind, string name) => kind == MentionKind.Person ? NameKey.Skeleton(name) : NameKey.StemKey(name);

    /// <summary>
    /// The judgements in force: undone ones dropped; of a merge and a split on the same name, the later one wins.
    /// Returns the merges to apply and the name keys split off.
    /// </summary>
    private static (List<Judgement> Merges, HashSet<string> Isolated) Effective(IReadOnlyList<Judgement> judgements)
    {
        var undone = judgements.Where(j => j.Kind == JudgementKind.Undo).Select(j => j.A).ToHashSet(StringComparer.Ordinal);
        var merges = new List<Judgement>();
        var isolated = new HashSet<string>(StringComparer.Ordinal);
        foreach (var j in judgements.Where(j => j.Kind != JudgementKind.Undo && !undone.Contains(j.Number.ToString(System.Globalization.CultureInfo.InvariantCulture))))
        {
            if (j.Kind == JudgementKind.Split)
            {
                isolated.Add(j.B);
                merges.RemoveAll(m => m.A == j.B || m.B == j.B);
            }
            else
            {
                isolated.Remove(j.A);
                isolated.Remove(j.B);
                merges.Add(j);
            }
        }
        return (merges, isolated);
    }

    private static string Describe(AliasKind k) => k switch
    {
        AliasKind.Codename => "codename stated",
        AliasKind.Acronym => "abbreviation stated",
        AliasKind.Translation => "translation stated",
        _ => "alternative name stated",
    };

    private static string Short(string s) => s.Length <= 60 ? s : s[..57] + "…";

    private static void BlockAndJoin(List<Node> nodes, Func<Node, string?> key, string why, Action<int, int, string> join)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < nodes.Count; i++)
        {
            if (key(nodes[i]) is not { Length: > 4 } k) continue;
            if (first.TryGetValue(k, out var f)) join(f, i, why);
            else first[k] = i;
        }
    }

    private static string? PersonSurnameKey(Node n)
    {
        if (n.Mention.Kind != MentionKind.Person) return null;
        var words = n.Mention.Normal.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2) return null;
        return "per2:" + NameKey.Skeleton(words[0])[..1] + ":" + NameKey.Skeleton(words[^1]);
    }

    /// <summary>
    /// Full names with the same first initial whose surnames are spellings of one name (Volobuyev/Volobuev,
    /// Andronikov/Андроніков): compared with <see cref="NameMatcher"/> within blocks of the same initials.
    /// A feminine and a masculine form (Petrova/Petrov) are different people.
    /// </summary>
    private static void JoinSimilarSurnames(List<Node> nodes, Action<int, int, string> join)
    {
        var blocks = new Dictionary<string, Dictionary<string, (string Spelling, int Node)>>(StringComparer.Ordinal);
        for (var i = 0; i < nodes.Count; i++)
        {
            var words = nodes[i].Mention.Normal.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (nodes[i].Mention.Kind != MentionKind.Person || words.Length < 2) continue;
            var surname = NameMatcher.Fold(words[^1]);
            if (surname.Length < 4) continue;
            var block = NameKey.Skeleton(words[0])[..1] + surname[0];
            if (!blocks.TryGetValue(block, out var surnames)) blocks[block] = surnames = new(StringComparer.Ordinal);
            surnames.TryAdd(surname, (words[^1], i));
        }
        foreach (var surnames in blocks.Values)
        {
            var list = surnames.ToList();
            for (var a = 0; a < list.Count; a++)
                for (var b = a + 1; b < list.Count; b++)
                {
                    var (x, y) = (list[a].Key, list[b].Key);
                    if (x.EndsWith('a') != y.EndsWith('a')) continue;
                    var score = NameMatcher.Score(list[a].Value.Spelling, list[b].Value.Spelling);
                    if (score >= NameMatcher.Threshold)
                        join(list[a].Value.Node, list[b].Value.Node, $"same first initial, surnames spelled alike (score {score:F2})");
                }
        }
    }

    private static readonly HashSet<string> MinorWords = new(StringComparer.Ordinal) { "of", "the", "for", "and", "и", "та", "і", "й", "в", "у", "на", "по" };

    /// <summary>
    /// An acronym (ФСБ, NFB, ЗСУ) is a weak alias: it joins the one organization whose name's initials it spells
    /// (Федеральная служба безопасности, Northern Freedom Battalion, Збройні сили України), and nothing when several do.
    /// </summary>
    private static void JoinAcronyms(List<Node> nodes, UnionFind uf, Action<int, int, string> join)
    {
        var byInitials = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        var first = new Dictionary<int, int>();
        for (var i = 0; i < nodes.Count; i++)
        {
            if (nodes[i].Mention.Kind != MentionKind.Organization) continue;
            var words = NameKey.Clean(nodes[i].Mention.Normal).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !MinorWords.Contains(w)).ToList();
            if (words.Count < 2) continue;
            var initials = NameKey.Skeleton(string.Concat(words.Select(w => w[0])));
            var root = uf.Find(i);
            (byInitials.TryGetValue(initials, out var set) ? set : byInitials[initials] = []).Add(root);
            first.TryAdd(root, i);
        }
        for (var i = 0; i < nodes.Count; i++)
        {
            var text = nodes[i].Mention.Normal;
            if (nodes[i].Mention.Kind != MentionKind.Organization || text.Length is < 2 or > 6 || !text.All(c => char.IsUpper(c) || char.IsDigit(c))) continue;
            if (!byInitials.TryGetValue(NameKey.Skeleton(text), out var roots)) continue;
            var distinct = roots.Select(uf.Find).Distinct().ToList();
            if (distinct.Count == 1 && distinct[0] != uf.Find(i))
                join(first.TryGetValue(distinct[0], out var f) ? f : roots.First(), i, "abbreviation of the only organization with these initials");
        }
    }

    /// <summary>"Caesar" or "Меркулов" alone in a document: the one person who already has that name or surname.</summary>
    private static void JoinSingleNamesToPersons(List<Node> nodes, UnionFind uf, Action<int, int, string> join)
    {
        var owners = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        void Own(string key, int node) { if (!owners.TryGetValue(key, out var s)) owners[key] = s = []; s.Add(uf.Find(node)); }
        for (var i = 0; i < nodes.Count; i++)
        {
            var n = nodes[i];
            if (n.Mention.Kind != MentionKind.Person) continue;
            var words = n.Mention.Normal.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length >= 2) Own(NameKey.Skeleton(words[^1]), i);
        }
        // Codenames and other single names count once they belong to a person with a full name.
        var ownerRoots = owners.Values.SelectMany(s => s).ToHashSet();
        for (var i = 0; i < nodes.Count; i++)
            if (nodes[i].Mention.Kind == MentionKind.Person && !nodes[i].Mention.Normal.Contains(' ') && ownerRoots.Contains(uf.Find(i)))
                Own(NameKey.Skeleton(nodes[i].Mention.Normal), i);
        for (var i = 0; i < nodes.Count; i++)
        {
            var n = nodes[i];
            if (n.Mention.Kind != MentionKind.Person || n.Mention.Normal.Contains(' ')) continue;
            if (!owners.TryGetValue(NameKey.Skeleton(n.Mention.Normal), out var set)) continue;
            var roots = set.Select(uf.Find).Distinct().ToList();
            if (roots.Count == 1 && roots[0] != uf.Find(i)) join(roots[0], i, "the only person known by this name");
        }
    }

    private ResolutionResult Build(List<Node> nodes, List<(MentionRef Ref, MentionRef Antecedent)> anaphors, UnionFind uf, Dictionary<int, List<string>> reasons)
    {
        var entities = new List<Entity>();
        var assignments = new Dictionary<MentionRef, string>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in Enumerable.Range(0, nodes.Count).GroupBy(uf.Find))
        {
            var members = group.Select(i => nodes[i]).ToList();
            var kind = members[0].Mention.Kind;
            var aliases = members
                .GroupBy(m => (NameKey.StemKey(m.Mention.Normal), NameKey.ScriptOf(m.Mention.Normal), CyrillicLanguage(m.Mention.Normal)))
                .Select(g =>
                {
                    var surface = g.GroupBy(m => m.Mention.Normal).OrderByDescending(s => s.Count()).ThenBy(s => s.Key.Length).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key;
                    var dates = g.Select(m => m.Document.Published?.ToString()).Where(d => d is not null).Order(StringComparer.Ordinal).ToList();
                    var lang = g.Key.Item3 ?? g.GroupBy(m => m.Document.Language).OrderByDescending(l => l.Count()).First().Key;
                    return new EntityAlias(surface, g.Key.Item2, lang, g.Count(), g.Select(m => m.Ref.Document).Distinct().Count(), dates.FirstOrDefault(), dates.LastOrDefault());
                })
                .OrderByDescending(a => a.Mentions).ThenBy(a => a.Name, StringComparer.Ordinal).ToList();
            var name = CanonicalName(aliases, kind);
            var resolved = kind != MentionKind.Place ? null : members.Where(m => m.Mention.GeonamesId is not null).GroupBy(m => m.Mention.GeonamesId!.Value)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => gazetteer.ById(g.Key)).FirstOrDefault();
            // Named after its canonical name, so that an entity keeps its id when a stray alias is split off; a place
            // the documents resolved is named after its GeoNames id, so that namesakes (two Pervomaisks) never collide.
            var id = resolved is not null ? Ids.Of("ent", kind.ToString(), "geo:" + resolved.Id)
                : Ids.Of("ent", kind.ToString(), NameKeyOf(kind, aliases.Any(a => a.Name == name) ? name : aliases[0].Name));
            if (!used.Add(id)) used.Add(id = Ids.Of("ent", kind.ToString(), members.Select(m => m.Key).Min(StringComparer.Ordinal)));
            PlaceInfo? place = null;
            // A place the documents could not tell from its namesakes is placed no closer than the area they share
            // (a region-level point), never at the biggest namesake; stores from before toponym resolution fall back to that.
            var area = resolved is not null || kind != MentionKind.Place ? null
                : members.Where(m => m.Mention.AreaId is not null).Select(m => m.Mention.AreaId!.Value).GroupBy(a => a).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => (long?)g.Key).FirstOrDefault();
            if (kind == MentionKind.Place && resolved is not null) { place = resolved.ToInfo(gazetteer); name = resolved.Name; }
            else if (area is long a0) place = a0 != 0 && gazetteer.ById(a0) is { } inside ? inside.ToInfo(gazetteer) : null;
            else if (kind == MentionKind.Place)
                foreach (var a in aliases)
                    if (gazetteer.Best(a.Name) is { } p) { place = p.ToInfo(gazetteer); name = p.Name; break; }
            var why = group.SelectMany(i => reasons.TryGetValue(i, out var r) ? r : []).ToList();
            entities.Add(new Entity(id, kind, name, aliases, members.Count, members.Select(m => m.Ref.Document).Distinct().Count(), place, why));
            foreach (var m in members) assignments[m.Ref] = id;
        }
        foreach (var (r, antecedent) in anaphors)
            if (assignments.TryGetValue(antecedent, out var e)) assignments[r] = e;
        // Mentions of anaphors count toward their entity.
        var counts = anaphors.Where(a => assignments.ContainsKey(a.Ref)).GroupBy(a => assignments[a.Ref]).ToDictionary(g => g.Key, g => g.Count());
        entities = entities.Select(e => counts.TryGetValue(e.Id, out var c) ? e with { Mentions = e.Mentions + c } : e)
            .OrderByDescending(e => e.Mentions).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        return new ResolutionResult(entities, assignments);
    }

    /// <summary>A Cyrillic spelling's language when its letters tell (і ї є ґ: Ukrainian; ы э ъ ё: Russian), else null.</summary>
    private static string? CyrillicLanguage(string name)
    {
        var lower = name.ToLowerInvariant();
        if (lower.IndexOfAny(['і', 'ї', 'є', 'ґ']) >= 0) return "uk";
        if (lower.IndexOfAny(['ы', 'э', 'ъ', 'ё']) >= 0) return "ru";
        return null;
    }

    /// <summary>The most used full name, preferring Latin script and names that are not bare acronyms or surnames.</summary>
    private static string CanonicalName(List<EntityAlias> aliases, MentionKind kind) =>
        aliases
            .OrderByDescending(a => kind == MentionKind.Person ? a.Name.Split(' ').Length >= 2 : !IsAcronym(a.Name))
            .ThenByDescending(a => a.Script == "Latn")
            .ThenByDescending(a => a.Mentions)
            .ThenBy(a => a.Name, StringComparer.Ordinal)
            .First().Name;

    private static bool IsAcronym(string s) => s.Length <= 6 && s.All(c => char.IsUpper(c) || !char.IsLetter(c));
}

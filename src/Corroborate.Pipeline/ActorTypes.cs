using Corroborate.Reference;

namespace Corroborate.Pipeline;

/// <summary>
/// ACLED's actor type codes (inter1/inter2: 1 state forces … 8 external/other forces) from the words of an actor's
/// name, as data (Data/actor-types.tsv). An actor whose name says nothing about its type gets no code.
/// </summary>
public static class ActorTypes
{
    private static readonly Lazy<List<(PhraseTable<bool> Phrase, string Code)>> Rules = new(() =>
        Lexicon.Rows(typeof(ActorTypes).Assembly, "Data/actor-types.tsv").Where(r => r.Length >= 2).Select(r =>
        {
            var table = new PhraseTable<bool>();
            table.Add(r[0], true);
            return (table, r[1]);
        }).ToList());

    /// <summary>The ACLED actor type code of an actor's name ("1" … "8"), or null when its words do not tell.</summary>
    public static string? Of(string name)
    {
        var words = PhraseTable<bool>.Words(NameKey.Clean(name));
        foreach (var (phrase, code) in Rules.Value)
            for (var i = 0; i < words.Length; i++)
                if (phrase.Match(words, i) is not null) return code;
        return null;
    }

    /// <summary>ACLED's interaction code: the two actor types, lower first ("12"), or one alone.</summary>
    public static string? Interaction(string? inter1, string? inter2) => (inter1, inter2) switch
    {
        (null, null) => null,
        ({ } a, null) => a + "0",
        (null, { } b) => b + "0",
        var (a, b) => string.CompareOrdinal(a, b) <= 0 ? a + b : b + a,
    };
}

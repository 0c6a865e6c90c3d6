namespace Corroborate.Reference;

/// <summary>
/// Well-known people under the names reports use (Data/people.tsv): full names and the surname that stands alone
/// ("Putin", "Путин", "Stalin"), in English, Russian and Ukrainian. A surname that is also a common word, a given name or
/// a place of note is listed in full names only. Inflected Cyrillic forms are looked up by their words' nominatives, not
/// by stems, which two people's names may share ("Навальный", "Навальная").
/// </summary>
public static class KnownPersons
{
    private static readonly Lazy<NameIndex> _shared = new(() => new NameIndex(NameIndex.Listed(typeof(KnownPersons).Assembly, "Data/people.tsv", "person:"), inflected: false));

    /// <summary>The person a name is written exactly as, or null.</summary>
    public static string? IdOf(string name) => _shared.Value.IdOf(name);
}

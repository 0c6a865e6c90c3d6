using System.Text;

namespace Corroborate.Reference;

/// <summary>
/// Romanizes Russian and Ukrainian names with the schemes real reports use, each a data table under
/// Data/transliteration/: BGN/PCGN, ISO 9 (GOST 7.79), scholarly, ICAO (passports), Ukraine's national 2010 system,
/// and informal news spelling. Matching across scripts uses <see cref="NameKey"/>; these give the spellings users see.
/// </summary>
public sealed class Transliteration
{
    public static readonly IReadOnlyList<string> Schemes = ["bgn-pcgn-ru", "informal-ru", "icao-ru", "scholarly", "iso9", "ua-2010"];

    private static readonly Lazy<Transliteration> _shared = new(() => new Transliteration());
    public static Transliteration Shared => _shared.Value;

    private readonly Dictionary<string, Dictionary<(char, string), string>> _tables = [];

    private Transliteration()
    {
        foreach (var scheme in Schemes)
        {
            var table = new Dictionary<(char, string), string>();
            foreach (var r in Lexicon.Rows(typeof(Transliteration).Assembly, $"Data/transliteration/{scheme}.tsv"))
                if (r[0].Length == 1) table[(r[0][0], r.Length > 2 ? r[2] : "any")] = r.Length > 1 ? r[1] : "";
            _tables[scheme] = table;
        }
    }

    private static bool IsVowelOrSign(char c) => "аеёиоуыэюяіїєьъ".Contains(char.ToLowerInvariant(c));

    /// <summary>The name in <paramref name="scheme"/>; characters the scheme has no row for are kept.</summary>
    public string Romanize(string cyrillic, string scheme)
    {
        if (!_tables.TryGetValue(scheme, out var table)) throw new ArgumentException($"unknown transliteration scheme '{scheme}'", nameof(scheme));
        var sb = new StringBuilder(cyrillic.Length + 8);
        for (var i = 0; i < cyrillic.Length; i++)
        {
            var ch = cyrillic[i];
            var lower = char.ToLowerInvariant(ch);
            var wordStart = i == 0 || !char.IsLetter(cyrillic[i - 1]) && cyrillic[i - 1] is not ('’' or '\'');
            var initial = wordStart || IsVowelOrSign(cyrillic[i - 1]);
            string? latin = null;
            if (wordStart && table.TryGetValue((lower, "word-start"), out var ws)) latin = ws;
            else if (initial && table.TryGetValue((lower, "initial"), out var ini)) latin = ini;
            else if (table.TryGetValue((lower, "any"), out var any)) latin = any;
            if (latin is null) { sb.Append(ch); continue; }
            if (char.IsUpper(ch) && latin.Length > 0)
            {
                // Capitalize the first letter, or the whole digraph when the next letter is upper-case too (ШЕВЧЕНКО → SHEVCHENKO).
                var allCaps = i + 1 < cyrillic.Length && char.IsUpper(cyrillic[i + 1]);
                latin = allCaps ? latin.ToUpperInvariant() : char.ToUpperInvariant(latin[0]) + latin[1..];
            }
            sb.Append(latin);
        }
        return sb.ToString();
    }

    /// <summary>Every distinct romanization of a name: Russian schemes, plus Ukraine's for Ukrainian names.</summary>
    public IReadOnlyList<string> Variants(string cyrillic, string? language = null) =>
        Schemes.Where(s => language switch { "uk" => s is "ua-2010" or "iso9", "ru" => s != "ua-2010", _ => true })
            .Select(s => Romanize(cyrillic, s)).Distinct(StringComparer.Ordinal).ToList();
}

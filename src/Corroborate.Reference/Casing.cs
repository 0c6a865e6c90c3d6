namespace Corroborate.Reference;

/// <summary>
/// Lower-casing for the hot paths of analysis: ASCII and Cyrillic letters, which are nearly all of our text, are mapped
/// directly; anything else falls back to the invariant culture. The results equal <see cref="string.ToLowerInvariant"/> and
/// <see cref="char.ToUpperInvariant"/>.
/// </summary>
public static class Casing
{
    public static char Lower(char ch) => ch switch
    {
        < 'A' => ch,
        <= 'Z' => (char)(ch + 32),
        < '\u00C0' => ch,
        >= '\u0410' and <= '\u042F' => (char)(ch + 32),
        >= '\u0400' and <= '\u040F' => (char)(ch + 80),
        >= '\u0430' and <= '\u045F' => ch,
        // Punctuation, dashes, quotes and currency signs have no case.
        >= '\u2000' and <= '\u20FF' => ch,
        _ => char.ToLowerInvariant(ch),
    };

    public static char Upper(char ch) => ch switch
    {
        >= 'a' and <= 'z' => (char)(ch - 32),
        < '\u00B5' => ch,
        >= '\u0430' and <= '\u044F' => (char)(ch - 32),
        >= '\u0450' and <= '\u045F' => (char)(ch - 80),
        >= '\u2000' and <= '\u20FF' => ch,
        _ => char.ToUpperInvariant(ch),
    };

    /// <summary>The word with its first letter in upper case (as <see cref="char.ToUpperInvariant"/> would make it).</summary>
    public static string Capitalize(string s) =>
        s.Length == 0 || Upper(s[0]) == s[0] ? s : string.Create(s.Length, s, static (span, word) => { word.AsSpan().CopyTo(span); span[0] = Upper(word[0]); });

    public static string Lower(string s)
    {
        var i = 0;
        while (i < s.Length && Lower(s[i]) == s[i]) i++;
        if (i == s.Length) return s;
        return string.Create(s.Length, (s, i), static (span, state) =>
        {
            state.s.AsSpan(0, state.i).CopyTo(span);
            for (var k = state.i; k < span.Length; k++) span[k] = Lower(state.s[k]);
        });
    }
}

using Lingua;

namespace Corroborate.Ingestion;

/// <summary>
/// Language identification with Lingua over EN/RU/UK plus neighbours, so that other languages are
/// recognised as such rather than forced into one of ours. Reads the first few thousand characters.
/// </summary>
public sealed class LanguageDetector
{
    private static readonly Lazy<LanguageDetector> _shared = new(() => new LanguageDetector());
    public static LanguageDetector Shared => _shared.Value;

    private readonly Lingua.LanguageDetector _detector = LanguageDetectorBuilder.FromLanguages(
        Language.English, Language.Russian, Language.Ukrainian, Language.Belarusian, Language.Bulgarian,
        Language.Polish, Language.German, Language.French, Language.Spanish, Language.Italian).Build();

    private static readonly Dictionary<Language, string> Codes = new()
    {
        [Language.English] = "en", [Language.Russian] = "ru", [Language.Ukrainian] = "uk", [Language.Belarusian] = "be",
        [Language.Bulgarian] = "bg", [Language.Polish] = "pl", [Language.German] = "de", [Language.French] = "fr",
        [Language.Spanish] = "es", [Language.Italian] = "it",
    };

    public string Detect(string text)
    {
        var sample = text.Length > 3000 ? text[..3000] : text;
        var lang = _detector.DetectLanguageOf(sample);
        return Codes.TryGetValue(lang, out var code) ? code : "und";
    }
}

using Corroborate.Ingestion;

namespace Corroborate.Tests.Ingestion;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("en", "The volunteers of the northern battalion repaired the damaged bridge before the winter storms arrived in the valley.")]
    [InlineData("ru", "Добровольцы северного батальона отремонтировали повреждённый мост до того, как в долину пришли зимние бури.")]
    [InlineData("uk", "Добровольці північного батальйону відремонтували пошкоджений міст ще до того, як у долину прийшли зимові бурі.")]
    [InlineData("pl", "Ochotnicy z północnego batalionu naprawili uszkodzony most, zanim do doliny dotarły zimowe burze. Mieszkańcy wsi dziękowali im za pomoc i przynieśli ciepłą herbatę.")]
    public void Detect_NewsSentences_ReturnsLanguageCode(string expected, string text)
    {
        Assert.Equal(expected, LanguageDetector.Shared.Detect(text));
    }
}

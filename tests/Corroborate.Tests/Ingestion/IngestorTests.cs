using Corroborate.Ingestion;
using Corroborate.Ingestion.Readers;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Ingestion;

public sealed class IngestorTests : IDisposable
{
    private readonly TempDir _dir = new();

    // A fixed language keeps these tests independent of language detection.
    private static Ingestor Create() => new([new TelegramExportReader(), new FeedReader(), new HtmlReader(), new PlainTextReader()], _ => "en");

    public void Dispose() => _dir.Dispose();

    private string WriteBytes(string name, byte[] bytes)
    {
        var path = _dir.File(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void ReadFile_JsonThatIsNotATelegramExport_RefusedNotReadAsProse()
    {
        var path = _dir.File("config.json", "{\"name\": \"settings\", \"items\": [1, 2, 3]}");

        var result = Create().ReadFile(path);

        Assert.Empty(result.Documents);
        Assert.Contains("unsupported file type '.json'", result.Error);
    }

    [Fact]
    public void ReadFile_BinaryFileWithNulBytes_ReportsBinary()
    {
        var path = WriteBytes("image.txt", [0x47, 0x49, 0x46, 0x38, 0x00, 0x01, 0x02, 0x00, 0x41]);

        var result = Create().ReadFile(path);

        Assert.Empty(result.Documents);
        Assert.StartsWith("binary", result.Error);
    }

    [Fact]
    public void ReadFile_InvalidUtf8_ReportsUtf8()
    {
        // "Hi " then a lone lead byte 0xC3 followed by "(": not a valid UTF-8 sequence.
        var path = WriteBytes("latin1.txt", [0x48, 0x69, 0x20, 0xC3, 0x28, 0x0A]);

        var result = Create().ReadFile(path);

        Assert.Empty(result.Documents);
        Assert.Contains("UTF-8", result.Error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\t\r\n  ")]
    public void ReadFile_EmptyOrWhitespaceFile_ReportsEmptyFile(string content)
    {
        var path = _dir.File("blank.txt", content);

        var result = Create().ReadFile(path);

        Assert.Empty(result.Documents);
        Assert.Equal("empty file", result.Error);
    }

    [Fact]
    public void ReadFile_Utf8WithBom_DropsBomAndNormalizesBlankLines()
    {
        var body = "First line of the report.   \r\n\r\n\r\n\r\nSecond paragraph after many blank lines.\r\n";
        var path = WriteBytes("bom.txt", [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(body)]);

        var result = Create().ReadFile(path);

        Assert.Null(result.Error);
        var doc = Assert.Single(result.Documents);
        Assert.Equal("First line of the report.\n\nSecond paragraph after many blank lines.", doc.Text);
        Assert.Equal(Path.GetFullPath(path), doc.SourcePath);
    }

    [Fact]
    public void Expand_MissingPath_ReportsNoSuchFile()
    {
        var missing = Path.Combine(_dir.Path, "nowhere", "report.txt");

        var (path, error) = Assert.Single(Ingestor.Expand([missing]));

        Assert.Equal(missing, path);
        Assert.Equal("no such file or directory", error);
    }

    [Fact]
    public void Expand_Folder_ListsFilesRecursivelyInOrdinalOrderSkippingHidden()
    {
        _dir.File("b.txt", "b");
        _dir.File("A.txt", "a");
        _dir.File("sub/c.txt", "c");
        _dir.File(".hidden.txt", "h");
        _dir.File(".cache/d.txt", "d");
        _dir.File("store.db", "db");

        var listed = Ingestor.Expand([_dir.Path]).ToList();

        Assert.All(listed, x => Assert.Null(x.Error));
        Assert.Equal(
            new[] { Path.Combine(_dir.Path, "A.txt"), Path.Combine(_dir.Path, "b.txt"), Path.Combine(_dir.Path, "sub", "c.txt") },
            listed.Select(x => x.Path));
    }

    [Fact]
    public void ReadFile_SameContentInTwoFiles_ReturnsSameDocumentId()
    {
        const string text = "Publisher: Valley Courier\n\nThe ferry resumed service after two days.";
        var a = Create().ReadFile(_dir.File("one.txt", text));
        var b = Create().ReadFile(_dir.File("copy/two.txt", text));

        Assert.Equal(Assert.Single(a.Documents).Id, Assert.Single(b.Documents).Id);
    }

    [Fact]
    public void ReadFile_DifferentPublisher_ReturnsDifferentDocumentId()
    {
        var a = Create().ReadFile(_dir.File("one.txt", "Publisher: Valley Courier\n\nThe ferry resumed service after two days."));
        var b = Create().ReadFile(_dir.File("two.txt", "Publisher: Steppe Dispatch\n\nThe ferry resumed service after two days."));

        Assert.NotEqual(Assert.Single(a.Documents).Id, Assert.Single(b.Documents).Id);
    }

    [Fact]
    public void ReadFile_DeclaredAnalysedLanguage_OverridesDetector()
    {
        var result = Create().ReadFile(_dir.File("ru.txt", "Language: ru\n\nПаром возобновил работу через два дня."));

        Assert.Equal("ru", Assert.Single(result.Documents).Language);
    }
}

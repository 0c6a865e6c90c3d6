using Corroborate.Analysis;

namespace Corroborate.Tests.Analysis;

public sealed class NerModelTests
{
    [Fact]
    public void For_ShippedLanguages_LoadsModels()
    {
        Assert.NotNull(NerModel.For("en"));
        Assert.NotNull(NerModel.For("ru"));
        Assert.NotNull(NerModel.For("uk"));
        Assert.Null(NerModel.For("pl"));
    }

    [Fact]
    public void Predict_EnglishSentence_TagsPersonAndPlace()
    {
        var tags = NerModel.For("en")!.Predict(["Officials", "said", "John", "Smith", "met", "Anna", "Kovaleva", "in", "London", "."]);
        Assert.Equal(["O", "O", "B-PER", "I-PER", "O", "B-PER", "I-PER", "O", "B-LOC", "O"], tags);
    }

    [Fact]
    public void Predict_WordsSeenInOtherSentences_SameTagsAsWhenNew()
    {
        // A word's weights are summed once and kept: a sentence must tag the same whether its words are new or known,
        // in whatever case and place they were seen.
        var model = NerModel.Train(TinyCorpus, epochs: 5);
        using var buffer = new MemoryStream();
        model.Write(buffer, decimals: 3);
        var fresh = NerModel.Read(new System.IO.Compression.GZipStream(new MemoryStream(buffer.ToArray()), System.IO.Compression.CompressionMode.Decompress));
        string[] sentence = ["The", "Eastern", "Shield", "Legion", "raided", "Kozinka", "on", "Monday", "."];
        model.Predict(["EASTERN", "shield", "raided", "the", "legion", "of", "kozinka", "."]);
        model.Predict(sentence.Reverse().ToArray());

        Assert.Equal(fresh.Predict(sentence), model.Predict(sentence));
    }

    [Theory]
    [InlineData("ru", 1)]
    [InlineData("ru", 2)]
    [InlineData("uk", 8)]
    public void Predict_AnyBeam_IsValidIob2(string language, int beam)
    {
        var tags = NerModel.For(language)!.Predict("Вчера Иван Петров приехал в Москву из Харькова вместе с представителями ООН и Збройних сил України .".Split(' '), beam);
        for (var i = 0; i < tags.Length; i++)
            if (tags[i].StartsWith("I-", StringComparison.Ordinal))
                Assert.True(i > 0 && tags[i - 1].EndsWith(tags[i][2..], StringComparison.Ordinal), string.Join(' ', tags));
    }

    [Fact]
    public void Predict_UkrainianSentence_TagsPersonOrganizationAndPlace()
    {
        var tags = NerModel.For("uk")!.Predict("Президент Володимир Зеленський подякував Збройним силам України за оборону Харкова .".Split(' '));
        Assert.Equal(["O", "B-PER", "I-PER", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "B-LOC", "O"], tags);
    }

    private static readonly (string[] Tokens, string[] Tags)[] TinyCorpus =
    [
        (["Ivan", "Petrov", "visited", "Kharkiv", "."], ["B-PER", "I-PER", "O", "B-LOC", "O"]),
        (["The", "Eastern", "Shield", "Legion", "raided", "Kozinka", "."], ["O", "B-ORG", "I-ORG", "I-ORG", "O", "B-LOC", "O"]),
        (["Anna", "Orlova", "left", "Sumy", "on", "Monday", "."], ["B-PER", "I-PER", "O", "B-LOC", "O", "O", "O"]),
    ];

    [Fact]
    public void Write_ThenRead_SamePredictions()
    {
        var model = NerModel.Train(TinyCorpus, epochs: 5);
        using var buffer = new MemoryStream();
        model.Write(buffer, decimals: 3);
        var copy = NerModel.Read(new System.IO.Compression.GZipStream(new MemoryStream(buffer.ToArray()), System.IO.Compression.CompressionMode.Decompress));
        string[] sentence = ["The", "Eastern", "Shield", "Legion", "raided", "Kozinka", "on", "Monday", "."];
        Assert.Equal(model.Predict(sentence), copy.Predict(sentence));
        Assert.Equal(model.FeatureCount, copy.FeatureCount);
    }

    [Fact]
    public void ReadsDictionary_ShippedModels_OnlyEnglish()
    {
        Assert.True(NerModel.For("en")!.ReadsDictionary);
        Assert.False(NerModel.For("ru")!.ReadsDictionary);
        Assert.False(NerModel.For("uk")!.ReadsDictionary);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Write_PrunedHard_KeepsWhetherTheModelReadsTheDictionary(bool dictionary)
    {
        var documents = TinyCorpus.Select(s => ((IReadOnlyList<(string[], string[])>)[s], 1)).ToList();
        var model = NerModel.TrainWithDocuments(documents, epochs: 3, dictionary: dictionary);
        using var buffer = new MemoryStream();
        model.Write(buffer, prune: 1000);
        var copy = NerModel.Read(new System.IO.Compression.GZipStream(new MemoryStream(buffer.ToArray()), System.IO.Compression.CompressionMode.Decompress));
        Assert.Equal(dictionary, model.ReadsDictionary);
        Assert.Equal(dictionary, copy.ReadsDictionary);
    }

    [Fact]
    public void Write_ModelReadFromFile_Refuses()
    {
        Assert.Throws<InvalidOperationException>(() => NerModel.For("en")!.Write(new MemoryStream()));
    }

    [Fact]
    public void Train_TinyCorpus_LearnsItsOwnSentences()
    {
        var model = NerModel.Train(TinyCorpus, epochs: 5);
        foreach (var (tokens, tags) in TinyCorpus) Assert.Equal(tags, model.Predict(tokens));
    }

    [Fact]
    public void DocumentFeatures_WordTaggedElsewhere_CarriesThoseTags()
    {
        IReadOnlyList<string>[] sentences = [["Гунвор", "купил", "завод", "."], ["Акции", "Гунвора", "выросли", "."], ["Ивана", "видели", "."]];
        IReadOnlyList<string>[] tags = [["B-ORG", "O", "O", "O"], ["O", "O", "O", "O"], ["B-PER", "O", "O"]];
        var features = NerModel.DocumentFeatures(sentences, tags);
        // The inflected form meets the first occurrence; each sees the other's tag, never its own.
        Assert.Equal(["doc=ORG", "doc1=ORG"], features[1]![1]!);
        Assert.Equal(["doc=O"], features[0]![0]!);
        // Lower-case words and words met once carry nothing.
        Assert.Null(features[0]![1]);
        Assert.Null(features[2]);
    }

    [Theory]
    [InlineData("Лужкова", "лужко")]
    [InlineData("Лужков", "лужко")]
    [InlineData("Києва", "києва")]
    [InlineData("Russian", "russian")]
    [InlineData("завод", null)]
    public void DocumentKey_Word_MeetsItsInflectedForms(string word, string? key)
    {
        Assert.Equal(key, NerModel.DocumentKey(word));
    }

    [Fact]
    public void TrainWithDocuments_TinyCorpus_TagsItsDocumentsInTwoPasses()
    {
        var documents = TinyCorpus.Select(s => ((IReadOnlyList<(string[], string[])>)[s, s], 2)).ToList();
        var model = NerModel.TrainWithDocuments(documents, epochs: 5);
        var tagged = model.PredictDocument(TinyCorpus.Select(s => (IReadOnlyList<string>)s.Tokens).ToList());
        Assert.Equal(TinyCorpus.Select(s => s.Tags), tagged);
    }
}

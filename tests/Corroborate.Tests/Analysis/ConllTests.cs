using Corroborate.Analysis;

namespace Corroborate.Tests.Analysis;

public sealed class ConllTests
{
    private const string File =
        "# text = Commander Ivan Petrov visited Kharkiv .\n" +
        "1\tCommander\tO\t-\t-\n2\tIvan\tB-PER\t-\t-\n3\tPetrov\tI-PER\t-\t-\n4\tvisited\tO\t-\t-\n5\tKharkiv\tB-LOC\t-\t-\n6\t.\tO\t-\t-\n" +
        "\n" +
        "The\tO\nEastern\tB-group\nShield\tI-group\nLegion\tI-group\nsang\tO\n";

    [Fact]
    public void Read_UnerAndTwoColumnSentences_TokensAndNormalizedGold()
    {
        var sentences = Conll.Read(new StringReader(File)).ToList();
        Assert.Equal(2, sentences.Count);
        Assert.Equal(["Commander", "Ivan", "Petrov", "visited", "Kharkiv", "."], sentences[0].Tokens);
        Assert.Single(sentences[0].Comments);
        Assert.Equal(["O", "B-ORG", "I-ORG", "I-ORG", "O"], sentences[1].Gold);
    }

    [Theory]
    [InlineData("B-person", "B-PER")]
    [InlineData("I-corporation", "I-ORG")]
    [InlineData("B-creative-work", "O")]
    [InlineData("B-MISC", "B-MISC")]
    [InlineData("I-EVT", "I-MISC")]
    [InlineData("B-PRO", "B-MISC")]
    [InlineData("B-product", "O")]
    [InlineData("O", "O")]
    public void Normalize_WnutConllAndBsnlpTypes_MappedToPerOrgLocMisc(string tag, string expected) => Assert.Equal(expected, Conll.Normalize(tag));

    [Fact]
    public void Tag_NationalityAndEvent_TaggedMisc()
    {
        var sentence = Conll.Read(new StringReader("Dutch\tB-MISC\nfans\tO\nwatched\tO\nthe\tO\nWorld\tB-MISC\nCup\tI-MISC\nin\tO\nBerlin\tB-LOC\n.\tO\n")).First();

        var tags = Conll.Tag(Analyzer.CreateDefault(), sentence, "en");

        Assert.Equal(sentence.Gold, tags);
    }

    [Fact]
    public void Rows_WithMisc_AlsoScoresPersonsOrganizationsAndPlacesAlone()
    {
        var score = new NerScore();
        score.Add(["B-PER", "O", "B-MISC", "B-LOC"], ["B-PER", "O", "O", "B-LOC"]);

        var rows = score.Rows().ToDictionary(r => r.Type);

        Assert.Equal(1.0, rows["PER+ORG+LOC"].F1, 3);
        Assert.Equal(2.0 / 3, rows["ALL"].Recall, 3);
        Assert.Equal(0.0, rows["MISC"].Recall, 3);
    }

    [Fact]
    public void Tag_Sentence_PredictsPersonAndPlaceSpans()
    {
        var sentence = Conll.Read(new StringReader(File)).First();
        var tags = Conll.Tag(Analyzer.CreateDefault(), sentence, "en");
        Assert.Equal(["O", "B-PER", "I-PER", "O", "B-LOC", "O"], tags);
    }

    [Fact]
    public void Score_ExactSpansOnly_PartialMatchIsBothFalsePositiveAndNegative()
    {
        var score = new NerScore();
        score.Add(["B-PER", "I-PER", "O", "B-LOC"], ["B-PER", "O", "O", "B-LOC"]);
        var all = score.Rows().Single(r => r.Type == "ALL");
        Assert.Equal(0.5, all.Precision, 3);
        Assert.Equal(0.5, all.Recall, 3);
        Assert.Equal(2, all.Gold);
        var loc = score.Rows().Single(r => r.Type == "LOC");
        Assert.Equal(1.0, loc.F1, 3);
    }

    // A Ukrainian capitalized first word that is neither a given name nor a surname by its shape is a person only where
    // the document names the person in full: such words are as often common words in a form that no list holds.
    private const string Documents =
        "# newdoc id = a\n# sent_id = a-1\nПрезидент\tO\nОстап\tB-PER\nКнаус\tI-PER\nприбув\tO\n.\tO\n\n" +
        "# sent_id = a-2\nКнаус\tB-PER\nпоїхав\tO\n.\tO\n\n" +
        "# newdoc id = b\nКнаус\tO\nпоїхав\tO\n.\tO\n";

    [Fact]
    public void Documents_NewdocComments_GroupSentencesByDocument()
    {
        var documents = Conll.Documents(Conll.Read(new StringReader(Documents))).ToList();

        Assert.Equal([2, 1], documents.Select(d => d.Count));
        Assert.All(documents, d => Assert.True(d[0].StartsDocument));
        Assert.False(documents[0][1].StartsDocument);
    }

    [Fact]
    public void Documents_NoMarks_OneDocumentPerSentence()
    {
        var documents = Conll.Documents(Conll.Read(new StringReader(File))).ToList();

        Assert.Equal([1, 1], documents.Select(d => d.Count));
    }

    [Fact]
    public void Read_NumberAsTokenOfThreeColumns_KeepsTheNumberAsToken()
    {
        var sentence = Conll.Read(new StringReader("У\tO\tO\n2011\tO\tO\nроці\tO\tO\nКиїв\tB-LOC\tB-LOC\n")).Single();

        Assert.Equal(["У", "2011", "році", "Київ"], sentence.Tokens);
        Assert.Equal(["O", "O", "O", "B-LOC"], sentence.Gold);
    }

    [Fact]
    public void Tag_InitialsAsTokensOfAFileWithoutText_ReadAsWritten()
    {
        var sentence = Conll.Read(new StringReader("Статтю\tO\nнаписав\tO\nО\tB-PER\n.\tI-PER\nП\tI-PER\n.\tI-PER\nКовальчук\tI-PER\n.\tO\n")).Single();

        var tags = Conll.Tag(Analyzer.CreateDefault(), sentence, "uk");

        Assert.Equal(sentence.Gold, tags);
    }

    [Fact]
    public void Read_DocIdComment_StartsDocument()
    {
        var sentences = Conll.Read(new StringReader("# doc_id = a/1\nКиїв\tB-LOC\n\nЛьвів\tB-LOC\n\n# doc_id = a/2\nОдеса\tB-LOC\n")).ToList();

        Assert.Equal([true, false, true], sentences.Select(s => s.StartsDocument));
    }

    [Fact]
    public void Read_DocStartLine_NextSentenceStartsDocument()
    {
        var sentences = Conll.Read(new StringReader("-DOCSTART- -X- O O\n\nKyiv B-LOC\n\nLviv B-LOC\n")).ToList();

        Assert.Equal([false, true, false], sentences.Select(s => s.StartsDocument));
    }

    [Fact]
    public void Read_ConllTwentyThreeColumns_GoldFromTheEntityColumn()
    {
        var sentence = Conll.Read(new StringReader("Talks NNS B-NP O\nin IN B-PP O\nNew NNP B-NP B-LOC\nYork NNP I-NP I-LOC\nended VBD B-VP O\n. . O O\n")).Single();

        Assert.Equal(["Talks", "in", "New", "York", "ended", "."], sentence.Tokens);
        Assert.Equal(["O", "O", "B-LOC", "I-LOC", "O", "O"], sentence.Gold);
    }

    [Theory]
    [InlineData("York NNP I-NP I-LOC", "York NNP I-NP I-LOC I-LOC")]
    [InlineData("York\tI-LOC", "York\tI-LOC\tI-LOC")]
    public void WithColumn_FileDelimiter_Kept(string line, string expected) => Assert.Equal(expected, Conll.WithColumn(line, "I-LOC"));

    [Fact]
    public void TagDocument_SurnameOpeningALaterSentence_PersonOnlyInTheDocumentThatNamesHerInFull()
    {
        var analyzer = Analyzer.CreateDefault();
        var documents = Conll.Documents(Conll.Read(new StringReader(Documents))).ToList();

        var first = Conll.TagDocument(analyzer, documents[0], "uk");
        var second = Conll.TagDocument(analyzer, documents[1], "uk");

        Assert.Equal(["O", "B-PER", "I-PER", "O", "O"], first[0]);
        Assert.Equal(["B-PER", "O", "O"], first[1]);
        Assert.Equal(["O", "O", "O"], second[0]);
    }

    [Theory]
    [InlineData("# text = Fighters loyal to al-Qaeda attacked.\n", "B-ORG")]
    [InlineData("# text = A different text altogether.\n", "O")]
    [InlineData("", "O")]
    public void TagDocument_SentenceText_ReadAsWrittenWhereTheTokensFitIt(string comment, string expected)
    {
        var file = comment + "1\tFighters\tO\n2\tloyal\tO\n3\tto\tO\n4\tal\tB-ORG\n5\t-\tI-ORG\n6\tQaeda\tI-ORG\n7\tattacked\tO\n8\t.\tO\n";
        var sentences = Conll.Read(new StringReader(file)).ToList();

        var tags = Conll.TagDocument(Analyzer.CreateDefault(), sentences, "en")[0];

        // Written "al-Qaeda" is a known organization; joined by spaces, "al - Qaeda" is not one word and names nothing.
        Assert.Equal(expected, tags[3]);
    }
}

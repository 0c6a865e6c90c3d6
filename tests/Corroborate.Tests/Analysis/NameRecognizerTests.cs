using Corroborate.Tests.Reference;
using Corroborate.Analysis;
using Corroborate.Domain;

namespace Corroborate.Tests.Analysis;

public sealed partial class NameRecognizerTests
{
    private static readonly Analyzer Pipeline = Analyzer.CreateDefault();

    private static AnalyzedDocument Analyze(string text, string lang = "en") =>
        Pipeline.Analyze(new Document("doc_n", text, null, null, null, lang, null, "x", "text"));

    private static Mention Find(AnalyzedDocument doc, string text) =>
        Assert.Single(doc.Mentions, m => m.Text == text);

    [Fact]
    public void Annotate_ProjectCorpus_NameMentionsNeverOverlap()
    {
        var texts = Corroborate.Analysis.Annotation.AnnotatedCorpus.Read(Path.Combine(Support.Paths.Root, "data", "annotated")).ToList();
        Assert.NotEmpty(texts);

        foreach (var text in texts)
        {
            var names = Analyze(text.Text, text.Language).Mentions.Where(m => m.IsName).OrderBy(m => m.Span.Start).ToList();
            for (var k = 1; k < names.Count; k++)
                Assert.True(names[k].Span.Start >= names[k - 1].Span.End, $"{text.Id}: '{names[k - 1].Text}' and '{names[k].Text}' overlap");
        }
    }

    [Fact]
    public void Annotate_CodenameAfterEnglishName_LinksPersonAndCodename()
    {
        var doc = Analyze("The battalion commander Ivan Petrov, known by the codename “Falcon”, led the raid.");

        var person = Find(doc, "Ivan Petrov");
        var codename = Find(doc, "Falcon");
        Assert.Equal(MentionKind.Person, person.Kind);
        Assert.Equal(MentionKind.Person, codename.Kind);
        var link = Assert.Single(doc.Aliases);
        Assert.Equal((person.Index, codename.Index, AliasKind.Codename), (link.Mention, link.Alias, link.Kind));
    }

    [Fact]
    public void Annotate_RussianCallSign_LinksPersonAndCodename()
    {
        var doc = Analyze("По данным источников, командир Иван Петров с позывным «Сокол» руководил штурмом.", "ru");

        var person = Find(doc, "Иван Петров");
        var codename = Find(doc, "Сокол");
        Assert.Equal(MentionKind.Person, person.Kind);
        Assert.Equal("Иван Петров", person.Normal);
        Assert.Equal(MentionKind.Person, codename.Kind);
        Assert.Contains(new AliasLink(person.Index, codename.Index, AliasKind.Codename, new Span(person.Span.Start, codename.Span.End + 1)), doc.Aliases);
    }

    [Fact]
    public void Annotate_RussianBattalionWithQuotedName_ReturnsOneOrganization()
    {
        var doc = Analyze("Батальон «Южный ветер» занял новые позиции.", "ru");

        var org = Assert.Single(doc.Mentions);
        Assert.Equal(MentionKind.Organization, org.Kind);
        Assert.Equal("Батальон «Южный ветер»", org.Text);
    }

    [Theory]
    [InlineData("Он окончил Харьковское высшее танковое училище в 1990 году.", "ru", "Харьковское высшее танковое училище")]
    [InlineData("Жалобу подали в Государственную миграционную службу Украины вчера.", "ru", "Государственную миграционную службу Украины")]
    public void Annotate_CapitalizedAdjectiveLowerCaseAdjectivesAndHead_OneOrganization(string text, string language, string name)
    {
        var doc = Analyze(text, language);

        Assert.Contains(doc.Mentions, m => m.Kind == MentionKind.Organization && m.Text == name);
    }

    [Theory]
    [InlineData("На концерте прозвучала музыка В. А. Моцарта и других авторов.", "В. А. Моцарта", "В. А. Моцарта")]
    [InlineData("Доклад представил С.Тихонравов на заседании совета.", "С.Тихонравов", "С. Тихонравов")]
    public void Annotate_InitialsBeforeSurname_BelongToThePerson(string text, string name, string normal)
    {
        var doc = Analyze(text, "ru");

        var person = Assert.Single(doc.Mentions, m => m.Kind == MentionKind.Person);
        Assert.Equal(name, person.Text);
        Assert.Equal(normal, person.Normal);
    }

    [Fact]
    public void Annotate_PersonWithLowerCaseArticle_KeepsTheArticledSurname()
    {
        var doc = Analyze("The spokesman Karim al-Haddadi denied the report on Tuesday.");

        var person = Assert.Single(doc.Mentions, m => m.Kind == MentionKind.Person);
        Assert.Equal("Karim al-Haddadi", person.Text);
    }

    [Theory]
    // Arabic names keep their lower-case article: an organization by the list or by its head, a person by the shape.
    [InlineData("Fighters loyal to al-Qaeda attacked the base at dawn.", "en", "al-Qaeda", MentionKind.Organization)]
    [InlineData("Fighters loyal to al Qaeda attacked the base at dawn.", "en", "al Qaeda", MentionKind.Organization)]
    [InlineData("Jaish al-Karama attacked the town at night.", "en", "Jaish al-Karama", MentionKind.Organization)]
    [InlineData("Yesterday Abu Hamza al-Karimi was killed in the strike.", "en", "Abu Hamza al-Karimi", MentionKind.Person)]
    // Initials, together or apart, before a surname.
    [InlineData("The report was written by J.R. Kovalenko and by J. R. Haldane last year.", "en", "J.R. Kovalenko", MentionKind.Person)]
    [InlineData("The report was written by J.R. Kovalenko and by J. R. Haldane last year.", "en", "J. R. Haldane", MentionKind.Person)]
    // A lone word the dictionary names as a person alone, as the object of a verb.
    [InlineData("The lecturer compared Thucydides with the other historians of the war.", "en", "Thucydides", MentionKind.Person)]
    // A surname the tagger may call a body, after a given name; a given name before initials.
    [InlineData("The minister of Ruritania Boris Johnson arrived later.", "en", "Boris Johnson", MentionKind.Person)]
    [InlineData("Please write to Lucinda K. Brightwater at the district office.", "en", "Lucinda K. Brightwater", MentionKind.Person)]
    // A person's name ends at a comma, though the tagger runs it on.
    [InlineData("In 1770 , his brother Prince Henry , Duke of Cumberland , was exposed as an adulterer.", "en", "Henry", MentionKind.Person)]
    // The common word "storm" before a place leaves it a place.
    [InlineData("After the storm Kharkiv residents cleared the streets.", "en", "Kharkiv", MentionKind.Place)]
    // A cue in the genitive: a village, a unit.
    [InlineData("Колонна прошла мимо села Теребрено утром.", "ru", "Теребрено", MentionKind.Place)]
    [InlineData("Волонтери оголосили про створення формування «Північна варта» у громаді.", "uk", "Північна варта", MentionKind.Organization)]
    // A known place, or a person's name and "of", before the next name: two names.
    [InlineData("In the afternoon I spoke with Prime Minister of the United Kingdom Boris Johnson.", "en", "United Kingdom", MentionKind.Place)]
    [InlineData("In the afternoon I spoke with Prime Minister of the United Kingdom Boris Johnson.", "en", "Boris Johnson", MentionKind.Person)]
    [InlineData("Karim Haddad of Hezbollah spoke to reporters.", "en", "Karim Haddad", MentionKind.Person)]
    [InlineData("Karim Haddad of Hezbollah spoke to reporters.", "en", "Hezbollah", MentionKind.Organization)]
    // A given name that is also a place.
    [InlineData("He met John Smith and Victoria Nuland in Kyiv.", "en", "Victoria Nuland", MentionKind.Person)]
    [InlineData("There was no consultation, said Ms. Kowalczyk.", "en", "Kowalczyk", MentionKind.Person)]
    [InlineData("A scan has shown the tumour in Ms Brantwood's right lung.", "en", "Brantwood", MentionKind.Person)]
    [InlineData("Об этом заявил президент Турции Эрдоган.", "ru", "Эрдоган", MentionKind.Person)]
    [InlineData("Об этом заявил президент Турции Эрдоган.", "ru", "Турции", MentionKind.Place)]
    [InlineData("Про це заявив президент Туреччини Ердоган.", "uk", "Ердоган", MentionKind.Person)]
    [InlineData("Про це я говорив із Генсеком ООН учора.", "uk", "ООН", MentionKind.Organization)]
    [InlineData("В Роспотребнадзоре предложили новые штрафы.", "ru", "Роспотребнадзоре", MentionKind.Organization)]
    [InlineData("Держмитслужба має забезпечити спрощений режим.", "uk", "Держмитслужба", MentionKind.Organization)]
    [InlineData("У Ростові пройшов мітинг.", "uk", "Ростові", MentionKind.Place)]
    [InlineData("Памятник Александру III открыли в июне.", "ru", "Александру III", MentionKind.Person)] // a ruler's number
    [InlineData("Указ подписал Пётр I в Москве.", "ru", "Пётр I", MentionKind.Person)]
    [InlineData("The decree of Louis XIV was read aloud.", "en", "Louis XIV", MentionKind.Person)]
    [InlineData("The police killed by US troops were buried on Saturday.", "en", "US", MentionKind.Place)] // no pronoun
    [InlineData("It notes ten points at which the US made mistakes.", "en", "US", MentionKind.Place)]
    [InlineData("Volunteers reached Spodariushyne, a small village near the border, at dawn.", "en", "Spodariushyne", MentionKind.Place)] // a settlement in apposition
    [InlineData("Officials reported shelling of Gora-Podol and Glotovo overnight.", "en", "Glotovo", MentionKind.Place)] // joined to a place
    [InlineData("Shells fell on the Glushkovsky District of Kursk Oblast at night.", "en", "Glushkovsky District", MentionKind.Place)] // a district of a region
    [InlineData("Shells fell on the Glushkovsky District of Kursk Oblast at night.", "en", "Kursk Oblast", MentionKind.Place)]
    [InlineData("Жители Теткино Глушковского района остались без света.", "ru", "Теткино", MentionKind.Place)] // a village and its district
    [InlineData("Жители Теткино Глушковского района остались без света.", "ru", "Глушковского района", MentionKind.Place)]
    [InlineData("Trudeau will extend that invitation to the next president.", "en", "Trudeau", MentionKind.Person)] // a lone surname opening an English sentence
    [InlineData("Президент зустрівся з генералом Залужним у Києві.", "uk", "Залужним", MentionKind.Person)] // a surname that names a village too, after a rank
    [InlineData("Встречу провел генерал Сырский.", "ru", "Сырский", MentionKind.Person)]
    [InlineData("Мэр Белгорода сообщил о взрывах.", "ru", "Белгорода", MentionKind.Place)] // an office's city
    [InlineData("Сирський повідомив про ситуацію на фронті.", "uk", "Сирський", MentionKind.Person)] // a surname before its verb, though a village shares it
    [InlineData("Під Васильковом збив ворожий літак.", "uk", "Васильковом", MentionKind.Place)] // after a preposition: the place
    [InlineData("Earlier this year Ostrowsky met the ministers in Kyiv.", "en", "Ostrowsky", MentionKind.Person)] // a lone English surname before its verb
    [InlineData("During the war, Halvorsen also visited the front twice.", "en", "Halvorsen", MentionKind.Person)]
    [InlineData("\"The lines held,\" says Brennagh.", "en", "Brennagh", MentionKind.Person)] // speech's subject after the verb
    [InlineData("Marrowby, who led the unit, resigned.", "en", "Marrowby", MentionKind.Person)] // the antecedent of "who"
    [InlineData("Marrowby’s story was told again.", "en", "Marrowby", MentionKind.Person)] // a possessor
    [InlineData("Avroline's shares fell by a tenth on Monday.", "en", "Avroline", MentionKind.Organization)] // a possessor of what only a body has
    [InlineData("Krynky saw heavy fighting in the autumn.", "en", "Krynky", MentionKind.Place)] // a village of the region is no surname
    [InlineData("В среду на заседании Центральной избирательной комиссии ПМР объявили итоги.", "ru", "Центральной избирательной комиссии ПМР", MentionKind.Organization)] // adjectives and a body's head
    [InlineData("Член Общественной палаты Иосиф Дискин заявил об этом.", "ru", "Общественной палаты", MentionKind.Organization)]
    [InlineData("Эксперт Камского филиала задержан.", "ru", "Камского филиала", MentionKind.Organization)]
    [InlineData("Нужны две трети голосов Нижней палаты Национального конгресса Бразилии.", "ru", "Нижней палаты Национального конгресса Бразилии", MentionKind.Organization)]
    [InlineData("Перемогу журі присудило Оксані.", "uk", "Оксані", MentionKind.Person)] // a given name in another case
    [InlineData("Увечері ми гуляли з Сашком біля річки.", "uk", "Сашком", MentionKind.Person)]
    [InlineData("Він попросив Мирона допомогти з дахом.", "uk", "Мирона", MentionKind.Person)] // though villages share the name
    [InlineData("Вчора команда «Медик» перемогла з рахунком 3:1.", "uk", "Медик", MentionKind.Organization)] // a body's generic word before a quoted name
    [InlineData("Ми зайшли до книгарні «Є» по обіді.", "uk", "Є", MentionKind.Organization)]
    [InlineData("Вечером в ресторане «Пушкин» собрались гости.", "ru", "Пушкин", MentionKind.Organization)]
    [InlineData("Звання присвоєно полковнику Мельнику Сергію Миколайовичу.", "uk", "Мельнику Сергію Миколайовичу", MentionKind.Person)] // a patronymic ends it
    [InlineData("Нагородили Шевченка Тараса Григоровича.", "uk", "Шевченка Тараса Григоровича", MentionKind.Person)] // not the sentence's first word
    [InlineData("Розмову записали між Іваном Петренком Миколою Сидоренком і сторожем.", "uk", "Миколою Сидоренком", MentionKind.Person)] // two persons side by side
    [InlineData("После отставки Пенистон играла в сериале.", "ru", "Пенистон", MentionKind.Person)] // an unknown word before the past of one person
    [InlineData("Делегация Израиля прибыла в Женеву.", "ru", "Израиля", MentionKind.Place)] // a country that is also a given name
    [InlineData("Сесію провела Бережанська районна рада.", "uk", "Бережанська районна рада", MentionKind.Organization)] // adjectives in the nominative feminine
    [InlineData("Головне управління розвідки Міністерства оборони України поширило заяву.", "uk", "Міністерства оборони України", MentionKind.Organization)]
    [InlineData("Відповідь надійшла з Чернігівської облдержадміністрації.", "uk", "Чернігівської облдержадміністрації", MentionKind.Organization)] // a council's compound word
    [InlineData("Ухвалу виконала Тернопільська міськрада.", "uk", "Тернопільська міськрада", MentionKind.Organization)]
    [InlineData("Депутаты Курской областной думы собрались на сессию.", "ru", "Курской областной думы", MentionKind.Organization)] // a region's adjective is no region
    [InlineData("Решение принял Курский областной суд.", "ru", "Курский областной суд", MentionKind.Organization)]
    [InlineData("Мешканці Бережанського району отримали допомогу.", "uk", "Бережанського району", MentionKind.Place)]
    [InlineData("Ремонт почали на вулиці Шевченка в середу.", "uk", "вулиці Шевченка", MentionKind.Place)] // a street, not the person it honours
    [InlineData("Пожар начался в доме на ул. Гагарина ночью.", "ru", "ул. Гагарина", MentionKind.Place)]
    [InlineData("Он пытался попасть в квартиру на Садовой улице Москвы вечером.", "ru", "Москвы", MentionKind.Place)] // the street's head, then its city
    [InlineData("Вкладчики Сбербанка потеряли доступ к счетам.", "ru", "Сбербанка", MentionKind.Organization)] // a body's word ends the name
    [InlineData("He was once a vice-chairman of Gazprombank in Moscow.", "en", "Gazprombank", MentionKind.Organization)]
    [InlineData("A professor at King's College London said so in May.", "en", "King's College London", MentionKind.Organization)] // a body's head, then its city
    [InlineData("Agence France-Presse reported the strike on Monday.", "en", "Agence France-Presse", MentionKind.Organization)] // a known body opening a sentence
    [InlineData("Kovalenko, Olena (3 March 2023). \"Shelling resumes in the north\".", "en", "Kovalenko", MentionKind.Person)] // a reference's author, surname first
    [InlineData("At least 60 migrants died off the coast of Calabria, Italy.", "en", "Calabria", MentionKind.Place)]
    [InlineData("Water flows from the Alps into the lowlands.", "en", "Alps", MentionKind.Place)] // seas, rivers, ranges and regions of the world
    [InlineData("The frigate sank in the Indian Ocean.", "en", "Indian Ocean", MentionKind.Place)] // a demonym inside a feature's name
    [InlineData("Корабль затонул в Черном море.", "ru", "Черном море", MentionKind.Place)]
    [InlineData("Фонд купил 2 % акций «Роснефти» в мае.", "ru", "Роснефти", MentionKind.Organization)] // a known company quoted after a campaign's word // an adjective and a sea's lower-case word
    [InlineData("Бої тривають поблизу Азовського моря.", "uk", "Азовського моря", MentionKind.Place)]
    [InlineData("The interview appeared in Le Monde on Monday.", "en", "Le Monde", MentionKind.Organization)] // news outlets
    [InlineData("Rheinmetall will open a tank plant next year.", "en", "Rheinmetall", MentionKind.Organization)] // companies named alone
    [InlineData("The contract went to Varnecke Systems last week.", "en", "Varnecke Systems", MentionKind.Organization)] // a company's head word
    [InlineData("Об этом сообщила Медуза со ссылкой на источники.", "ru", "Медуза", MentionKind.Organization)]
    [InlineData("Утром Белгородской области снова обстреляли.", "ru", "Белгородской области", MentionKind.Place)] // a first word capitalized by its place
    [InlineData("Жители Курской области остались без света.", "ru", "Курской области", MentionKind.Place)]
    [InlineData("Голос Америки сообщил об этом.", "ru", "Голос Америки", MentionKind.Organization)] // a common word that opens a name
    public void Annotate_NameInItsContext_HasItsKind(string text, string language, string name, MentionKind kind)
    {
        var doc = Analyze(text, language);

        Assert.Equal(kind, Find(doc, name).Kind);
    }

    [Theory]
    [InlineData("Soldiers of the U.S. Army left the base.", "U.S. Army")]
    [InlineData("Soldiers of the US Army left the base.", "US Army")]
    [InlineData("The ruling of the U.S. Supreme Court came late.", "U.S. Supreme Court")]
    public void Annotate_CountryInitialismBeforeBody_StaysInTheOrganization(string text, string name)
    {
        var doc = Analyze(text);

        var org = Assert.Single(doc.Mentions, m => m.Kind == MentionKind.Organization);
        Assert.Equal(name, org.Text);
    }

    [Theory]
    [InlineData("Members of Hezbollah crossed the border.", "Hezbollah")] // a sentence's first word and "of" open no name…
    [InlineData("Bank of America cut its rates.", "Bank of America")] // …unless the word is a head
    [InlineData("Members of Congress, hear me!", "Congress")]
    [InlineData("The U.S. House of Representatives approved the aid package.", "U.S. House of Representatives")] // a country's body
    public void Annotate_TextWithOneOrganization_FindsItAlone(string text, string name)
    {
        var doc = Analyze(text);

        var org = Assert.Single(doc.Mentions);
        Assert.Equal((MentionKind.Organization, name), (org.Kind, org.Text));
    }

    [Fact]
    public void Annotate_FunctionWordAfterTaggedName_EndsIt()
    {
        var doc = Analyze("We flew from Invercargill New Zealand to Sydney.");

        Assert.DoesNotContain(doc.Mentions, m => m.Text.Contains(" to ", StringComparison.Ordinal));
    }

    [Fact]
    public void Annotate_RepostMarkerBeforeHandle_IsNoOutletButTheOutletStays()
    {
        var doc = Analyze("RT @kyiv_desk: Shelling resumed overnight. RT reported the strike.");

        var org = Assert.Single(doc.Mentions, m => m.Kind == MentionKind.Organization);
        Assert.Equal(43, org.Span.Start);
    }

    [Fact]
    public void Annotate_NumberAfterCommonWord_IsNoName()
    {
        var doc = Analyze("After World War II the border moved.");

        Assert.DoesNotContain(doc.Mentions, m => m.Text == "II" || m.Kind == MentionKind.Person);
    }

    [WorldTheory]
    [InlineData("Crowds gathered in the western city of Falluja on Saturday.", "Falluja", MentionKind.Place)]
    [InlineData("Several ports, including Shanghai and Guangzhou, reopened to trade.", "Shanghai", MentionKind.Place)] // cities of a million
    [InlineData("Several ports, including Shanghai and Guangzhou, reopened to trade.", "Guangzhou", MentionKind.Place)]
    [InlineData("The delegation flew to Santa Marta on Monday.", "Santa Marta", MentionKind.Place)] // a city that opens with a given name
    [InlineData("Imran Qadir, 28, High Wycombe", "High Wycombe", MentionKind.Place)] // a city of two words
    [InlineData("In American football, the Kansas City Chiefs won the final.", "Kansas City Chiefs", MentionKind.Organization)] // a city's team
    public void Annotate_NameWithAPlaceOfTheWorld_HasItsKind(string text, string name, MentionKind kind)
    {
        var doc = Analyze(text);

        Assert.Equal(kind, Find(doc, name).Kind);
    }

    [Theory]
    [InlineData("At the Academy Awards, the film won seven prizes.")]
    [InlineData("The Order of Bohdan Khmelnytsky of the second degree is awarded to:")]
    [InlineData("She received the Nobel Peace Prize in Oslo.", "Oslo")]
    public void Annotate_AwardName_IsNoNameNorAnythingInside(string text, string? other = null)
    {
        var doc = Analyze(text);

        Assert.Equal(other is null ? [] : [other], doc.Mentions.Select(m => m.Text));
    }

    [Theory]
    [InlineData("THEY TOLD US NOTHING AT ALL.", "en")] // a pronoun in a shouted sentence
    [InlineData("Варвари просто не розуміють, ЩО вони хочуть захопити.", "uk")] // a word in capitals for stress
    [InlineData("Роботине було звільнено влітку.", "uk")] // a village in the neuter past
    [InlineData("Сьогодні турецька компанія будує новий термінал.", "uk")] // an adverb, an adjective of a nation and a company's word
    [InlineData("Доклад представил коллега на заседании.", "ru")] // a sentence's first word
    [InlineData("Ракета «Калибр» попала в здание, а беспилотник «Орлан» сбили.", "ru")] // weapons
    [InlineData("Число погибших при крушении теплохода «Северная звезда» выросло.", "ru")] // a vehicle
    [InlineData("Ракета «Калібр» влучила в будівлю, а безпілотник «Орлан» збили.", "uk")]
    [InlineData("No Egyptian soldier had been seen there, the Icelandic band said.", "en")] // nationality adjectives
    [InlineData("Officials called the group Neo-Nazi and its leaders Nazis.", "en")] // an ideology's adjective
    [InlineData("The fort was built in 511 BC, rebuilt in the 5th century BCE and burned in AD 833.", "en")] // eras
    [InlineData("The as-yet unnamed unit and an al-fresco meeting at-risk villages.", "en")] // lower-case hyphenated words
    public void Annotate_WordsThatNameNothing_NoMentions(string text, string language)
    {
        var doc = Analyze(text, language);

        Assert.Empty(doc.Mentions);
    }

    [Fact]
    public void Annotate_LatinNameInRussianSentence_IsAnOrganizationUnlessAnOriginalSpelling()
    {
        var doc = Analyze("Сделку одобрил автоконцерн Fiat Chrysler в пятницу. Его раскритиковал пастор Фрэнк Померой (Frank Pomeroy).", "ru");

        Assert.Contains(doc.Mentions, m => m.Text == "Fiat Chrysler" && m.Kind == MentionKind.Organization);
        Assert.Contains(doc.Mentions, m => m.Text == "Frank Pomeroy" && m.Kind == MentionKind.Person);
    }

    [Fact]
    public void Annotate_OrganizationFollowedByItsHeadsFullName_TwoNames()
    {
        var doc = Analyze("Об этом сказал член Общественной палаты Иосиф Диски на встрече.", "ru");

        Assert.Contains(doc.Mentions, m => m.Text == "Общественной палаты" && m.Kind == MentionKind.Organization);
        Assert.Contains(doc.Mentions, m => m.Text == "Иосиф Диски" && m.Kind == MentionKind.Person);
    }

    [Theory]
    [InlineData("Поставки сорвало ООО «Северный берег», сообщил источник.", "ru", "Северный берег")]
    [InlineData("Роман вышел в издательстве «Белая гора» весной.", "ru", "Белая гора")]
    [InlineData("Про угоду повідомило ТОВ «Зелена долина» у середу.", "uk", "Зелена долина")]
    public void Annotate_CompanyFormBeforeQuotedName_NamesTheCompanyAlone(string text, string language, string name)
    {
        var doc = Analyze(text, language);

        var org = Assert.Single(doc.Mentions, m => m.Kind == MentionKind.Organization);
        Assert.Equal(name, org.Text);
    }

    [Fact]
    public void Annotate_UkrainianBattalionWithQuotedName_ReturnsOneOrganization()
    {
        var doc = Analyze("Бійці батальйону «Південний вітер» відійшли на нові позиції.", "uk");

        var org = Assert.Single(doc.Mentions, m => m.Kind == MentionKind.Organization);
        Assert.Equal("батальйону «Південний вітер»", org.Text);
    }

    [Fact]
    public void Annotate_CompanyInInstrumentalBeforeQuotedName_KeepsTheUnitWord()
    {
        var doc = Analyze("Учора загін разом із ротою «Сірий вовк» увійшов до міста.", "uk");

        Assert.Single(doc.Mentions, m => m.Kind == MentionKind.Organization && m.Text == "ротою «Сірий вовк»");
    }

    [Fact]
    public void Annotate_CourtBeforeVerbAndQuotedUnit_CourtEndsBeforeTheVerb()
    {
        var doc = Analyze("Верховний суд Росії визнав батальйон «Південний вітер» терористичною організацією.", "uk");

        Assert.DoesNotContain(doc.Mentions, m => m.Text.Contains("визнав", StringComparison.Ordinal));
        Assert.Single(doc.Mentions, m => m.Kind == MentionKind.Organization && m.Text == "батальйон «Південний вітер»");
    }

    [Fact]
    public void Annotate_NameEndingInLegion_ReturnsOrganizationWithoutArticle()
    {
        var doc = Analyze("The Eastern Shield Legion crossed the border at dawn.");

        var org = Assert.Single(doc.Mentions);
        Assert.Equal(MentionKind.Organization, org.Kind);
        Assert.Equal("Eastern Shield Legion", org.Text);
    }

    [Fact]
    public void Annotate_EnglishOblast_ReturnsPlace()
    {
        var doc = Analyze("Shelling was reported in Belgorod Oblast overnight.");

        var place = Find(doc, "Belgorod Oblast");
        Assert.Equal(MentionKind.Place, place.Kind);
    }

    [Fact]
    public void Annotate_RussianOblastInflected_ReturnsPlace()
    {
        var doc = Analyze("По сообщениям, бои шли в Белгородской области.", "ru");

        var place = Find(doc, "Белгородской области");
        Assert.Equal(MentionKind.Place, place.Kind);
    }

    [Fact]
    public void Annotate_InflectedSurnameAfterFullName_ReturnsPerson()
    {
        var doc = Analyze("Иван Петров прибыл в штаб. По словам Петрова, атака была отбита.", "ru");

        var surname = Find(doc, "Петрова");
        Assert.Equal(MentionKind.Person, surname.Kind);
        Assert.Contains(surname.Normal, new[] { "Иван Петров", "Петров" });
        Assert.Equal(1, surname.Sentence);
    }

    [Fact]
    public void Annotate_TheLegionAfterNamedLegion_PointsToAntecedent()
    {
        var doc = Analyze("The Eastern Shield Legion crossed the border at dawn. A day later the Legion said it had withdrawn.");

        var named = Find(doc, "Eastern Shield Legion");
        var anaphor = Find(doc, "the Legion");
        Assert.Equal(MentionKind.Organization, anaphor.Kind);
        Assert.Equal(named.Index, anaphor.Antecedent);
        Assert.Null(named.Antecedent);
    }

    [Fact]
    public void Annotate_AcronymAndAlsoCalled_LinksAliases()
    {
        var doc = Analyze("The Eastern Shield Legion (ESL), also called the East Shield Legion, claimed the raid.");

        var main = Find(doc, "Eastern Shield Legion");
        var acronym = Find(doc, "ESL");
        var alternate = Find(doc, "East Shield Legion");
        Assert.Equal(MentionKind.Organization, acronym.Kind);
        Assert.Equal(MentionKind.Organization, alternate.Kind);
        Assert.Contains(doc.Aliases, a => a.Mention == main.Index && a.Alias == acronym.Index && a.Kind == AliasKind.Acronym);
        Assert.Contains(doc.Aliases, a => a.Mention == main.Index && a.Alias == alternate.Index && a.Kind == AliasKind.Alternate);
    }

    [Theory]
    [InlineData("The Northern Shield Battalion (Armed Forces of Ukraine) took part in the raid.", "Northern Shield Battalion", "Armed Forces of Ukraine", false)]
    [InlineData("The Wagner Group (PMC Wagner) took part in the raid.", "Wagner Group", "PMC Wagner", true)]
    public void Annotate_OrganizationInBrackets_AliasOnlyWhenTheNamesShareAWord(string text, string outer, string inner, bool alias)
    {
        var doc = Analyze(text);

        var a = Find(doc, outer);
        var b = Find(doc, inner);
        Assert.Equal(alias, doc.Aliases.Any(x => x.Mention == a.Index && x.Alias == b.Index));
    }

    [Theory]
    [InlineData("Control of the Nestovar fostered trade along the river.", "Nestovar")] // an object after an article
    [InlineData("Many Vardanians settled in the valley before Slavs established their towns.", "Slavs")] // a people in the plural
    [InlineData("The Spanish Inquisition cautioned its members.", "Inquisition")] // part of a longer name
    public void Annotate_CapitalizedWordBeforeVerbNotItsSubject_IsNoPerson(string text, string word)
    {
        var doc = Analyze(text);

        Assert.DoesNotContain(doc.Mentions, m => m.Kind == MentionKind.Person && m.Text.Contains(word, StringComparison.Ordinal));
    }

    [Fact]
    public void Annotate_PeopleDescribedByNationality_AreNoPerson()
    {
        var doc = Analyze("Retrieved 2023-05-24. Shaw, Ann; Berg, Tom (2023-05-23). \"Anti-Putin Russians say they launched a cross-border attack from Ukraine. Here's what we know\". The Daily Courier.");

        Assert.Contains(doc.Mentions, m => m.Kind == MentionKind.Person && m.Text == "Shaw");
        Assert.DoesNotContain(doc.Mentions, m => m.Kind == MentionKind.Person && (m.Text.Contains("Russians") || m.Text.Contains("Putin")));
    }

    [Theory]
    [InlineData("Вчера Министерство иностранных дел заявило о протесте.", "ru", "Министерство иностранных дел")]
    [InlineData("Бойцы Сил специальных операций уничтожили склад.", "ru", "Сил специальных операций")]
    [InlineData("Вчора підрозділи Сил безпілотних систем знищили склад.", "uk", "Сил безпілотних систем")]
    [InlineData("Здание Министерства обороны Эквадора в Кито пострадало.", "ru", "Министерства обороны Эквадора")]
    [InlineData("Вчера Комитет по обороне одобрил закон.", "ru", "Комитет по обороне")]
    [InlineData("Закон одобрил Комитет по обороне", "ru", "Комитет по обороне")]
    public void Annotate_InstitutionWordAndLowerCaseWordsSayingWhich_OneOrganization(string text, string lang, string name)
    {
        var doc = Analyze(text, lang);

        Assert.Equal(MentionKind.Organization, Find(doc, name).Kind);
    }

    [Fact]
    public void Annotate_SentenceStartingWithForcesOfTheEnemy_NoOrganization()
    {
        var doc = Analyze("Силы противника отступили к реке.", "ru");

        Assert.DoesNotContain(doc.Mentions, m => m.Kind == MentionKind.Organization && m.Text.Contains("противника"));
    }

    [Theory]
    [InlineData("Гости приехали поздно вечером.", "ru", "Гости")]
    [InlineData("Правда оказалась другой.", "ru", "Правда")]
    public void Annotate_CommonWordOpeningASentence_IsNoName(string text, string lang, string word)
    {
        var doc = Analyze(text, lang);

        Assert.DoesNotContain(doc.Mentions, m => m.Text == word);
    }

    [Fact]
    public void Annotate_CommonWordAsAQuotedNameAfterItsHead_StaysAName()
    {
        var doc = Analyze("Об этом пишет газета «Правда».", "ru");

        Assert.Equal(MentionKind.Organization, Find(doc, "Правда").Kind);
    }

    [Theory]
    [InlineData("Ответственность взяло на себя агентство Qarib, сообщили в полиции.", "Qarib")]
    [InlineData("Как пишет news.example.ru, сделка сорвалась.", "news.example.ru")]
    [InlineData("Саммит G-20 пройдет осенью.", "G-20")]
    public void Annotate_LatinNameInRussianText_IsAnOrganization(string text, string name)
    {
        var doc = Analyze(text, "ru");

        Assert.Equal(MentionKind.Organization, Find(doc, name).Kind);
    }

    [Theory]
    [InlineData("Премию получила песня Always Be Near, а альбом года достался другим.")]
    [InlineData("Ролик называется «Внутри» (Inside Story 4).")]
    public void Annotate_EnglishTitleOrGlossInRussianText_IsNoOrganization(string text)
    {
        var doc = Analyze(text, "ru");

        Assert.DoesNotContain(doc.Mentions, m => m.Kind == MentionKind.Organization && char.IsAsciiLetter(m.Text[0]));
    }

    [Theory]
    [InlineData("Рядом с ним была только младшая дочь Надя.", "Надя", MentionKind.Person)]
    [InlineData("Глава МИД Азербайджана Эльмар Мамедъяров прибыл в Москву.", "Эльмар Мамедъяров", MentionKind.Person)]
    [InlineData("Будущий премьер Польши Мазовецкий вошел в комнату.", "Мазовецкий", MentionKind.Person)]
    [InlineData("Новости показал Первый канал.", "Первый канал", MentionKind.Organization)]
    public void Annotate_RussianShortGivenNamePersonAfterTitleOrNumberedChannel_HasItsKind(string text, string name, MentionKind kind)
    {
        var doc = Analyze(text, "ru");

        Assert.Equal(kind, Find(doc, name).Kind);
    }

    [Fact]
    public void Annotate_SurnameStartingLikeKrai_ReturnsPerson()
    {
        var doc = Analyze("Олег Кравченко заявил, что обстрел прекратился.", "ru");

        var person = Find(doc, "Олег Кравченко");
        Assert.Equal(MentionKind.Person, person.Kind);
    }

    [Fact]
    public void Annotate_QuotedCodenameWithBracketedSpelling_BothPersonsLinked()
    {
        var doc = Analyzer.CreateDefault().Analyze(new Corroborate.Domain.Document("t",
            "The unit's spokesman, who uses \"Falcon\" (Sokol) as a nom de guerre, spoke on Monday.", null, null, null, "en", null, "t", "text"));
        var falcon = Assert.Single(doc.Mentions, m => m.Text == "Falcon");
        var sokol = Assert.Single(doc.Mentions, m => m.Text == "Sokol");
        Assert.Equal(Corroborate.Domain.MentionKind.Person, sokol.Kind);
        Assert.Contains(doc.Aliases, a => a.Mention == falcon.Index && a.Alias == sokol.Index);
    }

    [Fact]
    public void Annotate_NationalityAdjectiveBeforeStateForm_ReturnsOnePlace()
    {
        var doc = Analyze("Делегация Кыргызской Республики прибыла в Минск.", "ru");

        Assert.Equal(MentionKind.Place, Find(doc, "Кыргызской Республики").Kind);
        Assert.DoesNotContain(doc.Mentions, m => m.Text == "Республики");
    }

    [Fact]
    public void Annotate_GivenNameBeforeCountry_CountryStaysAPlace()
    {
        // "Слава" is also a given name; the greeting must not make the country a surname for the rest of the text.
        var doc = Analyze("Слава Україні! Україна отримала нову допомогу. Делегація прибула в Україну.", "uk");

        Assert.All(doc.Mentions.Where(m => m.Text.StartsWith("Україн", StringComparison.Ordinal)), m => Assert.Equal(MentionKind.Place, m.Kind));
    }

    [Fact]
    public void Annotate_LatinSpellingOfSlavicGivenNameAtSentenceStart_ReturnsFullName()
    {
        var doc = Analyze("Sergei Orlov said the unit had withdrawn.");

        Assert.Equal(MentionKind.Person, Find(doc, "Sergei Orlov").Kind);
    }

    [Fact]
    public void Annotate_QuotedNameAfterGenericDescriptor_ReturnsNameWithoutDescriptor()
    {
        var doc = Analyze("Депутаты от партии «Северный путь» покинули зал.", "ru");

        Assert.Equal(MentionKind.Organization, Find(doc, "Северный путь").Kind);
        Assert.DoesNotContain(doc.Mentions, m => m.Text.StartsWith("партии", StringComparison.Ordinal));
    }

    [Fact]
    public void Annotate_PersonNames_NeverSpanALowerCaseVerb()
    {
        var doc = Analyze("Во вторник стало известно, что президент Дональд Трамп выдвинет Хантсмена на должность посла.", "ru");

        Assert.Contains(doc.Mentions, m => m.Text == "Дональд Трамп" && m.Kind == MentionKind.Person);
        Assert.DoesNotContain(doc.Mentions, m => m.Text.Contains("выдвинет", StringComparison.Ordinal));
    }

    [Fact]
    public void Annotate_SentenceInitialDescriptorBeforePerson_ReturnsThePerson()
    {
        var doc = Analyze("Администрация Дональда Трампа подтвердила назначение.", "ru");

        Assert.Equal(MentionKind.Person, Find(doc, "Дональда Трампа").Kind);
    }

    [Theory]
    [InlineData("They flew to New Zealand last week.", "New Zealand", MentionKind.Place)]
    [InlineData("National Guard troops were deployed to the border.", "National Guard", MentionKind.Organization)]
    [InlineData("The case went to the International Criminal Court.", "International Criminal Court", MentionKind.Organization)]
    public void Annotate_NameOpenedByCommonAdjective_KeepsTheAdjective(string text, string name, MentionKind kind)
    {
        Assert.Equal(kind, Find(Analyze(text), name).Kind);
    }

    [Fact]
    public void Annotate_CommonAdjectiveAlone_IsNoName()
    {
        Assert.DoesNotContain(Analyze("National and regional authorities met on Monday.").Mentions, m => m.Text.StartsWith("National", StringComparison.Ordinal));
    }

    [Fact]
    public void Annotate_GenerationalSurname_StaysInTheName()
    {
        var doc = Analyze("Об этом заявил Джордж Буш-старший на встрече в Хьюстоне.", "ru");

        Assert.Equal(MentionKind.Person, Find(doc, "Джордж Буш-старший").Kind);
    }

    [Fact]
    public void Annotate_SentenceInitialWordOfANameWrittenMidSentenceToo_StaysInTheName()
    {
        var doc = Analyze("Free Russia Legion commander Maximilian Andronikov spoke. The Free Russia Legion has a battalion strength.");

        Assert.Equal(2, doc.Mentions.Count(m => m.Text == "Free Russia Legion" && m.Kind == MentionKind.Organization));
        Assert.DoesNotContain(doc.Mentions, m => m.Text == "Russia Legion");
    }

    [Theory]
    [InlineData("Об этом рассказал гендиректор Telesystems Иван Гордеев на встрече с журналистами.", "ru", "Иван Гордеев")]
    [InlineData("Как сообщил главный редактор Newsline.ru Галина Петренко, сайт продолжит работу.", "ru", "Галина Петренко")]
    public void Annotate_OrganizationRunIntoPersonsName_EndsBeforeTheGivenName(string text, string language, string person)
    {
        var doc = Analyze(text, language);

        var found = Assert.Single(doc.Mentions, m => m.Kind == MentionKind.Person);
        Assert.Equal(person, found.Text);
    }

    [Fact]
    public void Annotate_SurnameFirstWithPatronymic_StaysOnePerson()
    {
        var doc = Analyze("Наградить орденом старшего лейтенанта Коваленко Андрея Сергеевича.", "ru");

        Assert.Contains(doc.Mentions, m => m.Kind == MentionKind.Person && m.Text == "Коваленко Андрея Сергеевича");
    }

    [Theory]
    [InlineData("FYI , the meeting moved to noon .")]
    [InlineData("The food was just AWFUL and we left .")]
    public void Annotate_CapitalsAsEmphasisInEnglish_NoOrganization(string text)
    {
        var doc = Analyze(text);

        Assert.DoesNotContain(doc.Mentions, m => m.Kind == MentionKind.Organization);
    }

    [Theory]
    [InlineData("Об этом сообщили в министерстве иностранных дел Эстонии во вторник.", "ru", "министерстве иностранных дел Эстонии", "министерство иностранных дел Эстонии")]
    [InlineData("Вчера власти Молдавии закрыли границу.", "ru", "власти Молдавии", "власти Молдавии")]
    [InlineData("Рішення ухвалив уряд Естонії минулого тижня.", "uk", "уряд Естонії", "уряд Естонії")]
    public void Annotate_LowerCaseInstitutionBeforeItsPlace_OneOrganization(string text, string language, string name, string normal)
    {
        var doc = Analyze(text, language);

        var body = Assert.Single(doc.Mentions, m => m.Kind == MentionKind.Organization);
        Assert.Equal(name, body.Text);
        Assert.Equal(normal, body.Normal);
        Assert.DoesNotContain(doc.Mentions, m => m.Kind == MentionKind.Place);
    }

    [Theory]
    [InlineData("Решение поддержали в администрациях четырёх президентов США.", "ru")]
    [InlineData("The government of Estonia closed the border.", "en")]
    public void Annotate_InstitutionWithNumberBetweenOrInEnglish_OnlyThePlace(string text, string language)
    {
        var doc = Analyze(text, language);

        Assert.Contains(doc.Mentions, m => m.Kind == MentionKind.Place);
        Assert.DoesNotContain(doc.Mentions, m => m.Kind == MentionKind.Organization);
    }

    [Theory]
    [InlineData("В 1991 году СССР распался на пятнадцать государств.", "ru", "СССР", "СССР")]
    [InlineData("Граждане Российской империи покидали страну.", "ru", "Российской империи", "Российская империя")]
    [InlineData("Після розпаду Радянського Союзу кордони змінилися.", "uk", "Радянського Союзу", "Радянський Союз")]
    [InlineData("The collapse of the Soviet Union changed the map.", "en", "Soviet Union", "Soviet Union")]
    [InlineData("Roads of the Roman Empire crossed the province.", "en", "Roman Empire", "Roman Empire")]
    [InlineData("Ці землі увійшли до складу Речі Посполитої наприкінці століття.", "uk", "Речі Посполитої", "Річ Посполита")]
    [InlineData("Набеги Крымского ханства продолжались до конца века.", "ru", "Крымского ханства", "Крымское ханство")]
    public void Annotate_StateThatNoLongerExists_IsAPlace(string text, string language, string name, string normal)
    {
        var doc = Analyze(text, language);

        var state = Assert.Single(doc.Mentions);
        Assert.Equal(MentionKind.Place, state.Kind);
        Assert.Equal(name, state.Text);
        Assert.Equal(normal, state.Normal);
    }

    [Fact]
    public void Annotate_AbbreviatedTitleBeforeSurname_OnlyTheSurnameIsAPerson()
    {
        var doc = Analyze("During the hearing, Ms. Varnholt told the committee that Dr. Whitaker was absent.");

        Assert.Equal(["Varnholt", "Whitaker"], doc.Mentions.Select(m => m.Text));
        Assert.All(doc.Mentions, m => Assert.Equal(MentionKind.Person, m.Kind));
    }

    [Fact]
    public void Annotate_UkrainianRankBeforeFullName_RankIsNoName()
    {
        var doc = Analyze("* Підполковнику Гнатюку Олегу Петровичу (посмертно).", "uk");

        var person = Assert.Single(doc.Mentions);
        Assert.Equal(("Гнатюку Олегу Петровичу", MentionKind.Person), (person.Text, person.Kind));
    }

    [Theory]
    [InlineData("Промышленная революция изменила облик городов.")]
    [InlineData("Центральное пространство площади было оцеплено.")]
    public void Annotate_SentenceOpeningAdjectiveThatNamesAVillage_IsNoPlace(string text)
    {
        var doc = Analyze(text, "ru");

        Assert.DoesNotContain(doc.Mentions, m => m.Kind == MentionKind.Place);
    }

    [Theory]
    [InlineData("en", "Cyclone Freddy left at least 20 people dead in Malawi.", "Freddy", "Malawi")]
    [InlineData("en", "Residents of Tampa prepared for hurricane Ian on Tuesday.", "Ian", "Tampa")]
    [InlineData("ru", "Ураган Иэн обрушился на Флориду.", "Иэн", "Флориду")]
    [InlineData("uk", "Циклон Фредді залишив без світла Малаві.", "Фредді", "Малаві")]
    public void Annotate_StormsName_NoMentionButThePlacesStay(string lang, string text, string storm, string place)
    {
        var doc = Analyze(text, lang);

        Assert.DoesNotContain(doc.Mentions, m => m.Text.Contains(storm, StringComparison.Ordinal));
        Assert.Contains(doc.Mentions, m => m.Text == place && m.Kind == MentionKind.Place);
    }

    [Fact]
    public void Annotate_MiddleInitialWithPoint_OnePersonThroughTheSurname()
    {
        var doc = Analyze("Please contact Marina T. Holloway at the district office.\n\nThe memo was signed by Rajesh P. Varadkarian on Friday.");

        Assert.Equal(["Marina T. Holloway", "Rajesh P. Varadkarian"], doc.Mentions.Select(m => m.Text));
        Assert.All(doc.Mentions, m => Assert.Equal(MentionKind.Person, m.Kind));
    }

    [Theory]
    [InlineData("en", "The UN and the OSCE condemned the strike, a NATO spokesman said.", new[] { "UN", "OSCE", "NATO" })]
    [InlineData("ru", "Миссия МАГАТЭ и представители ОБСЕ прибыли в город.", new[] { "МАГАТЭ", "ОБСЕ" })]
    [InlineData("uk", "Представники Єврокомісії та ООН прибули до міста.", new[] { "Єврокомісії", "ООН" })]
    public void Annotate_InternationalBodies_Organizations(string lang, string text, string[] names)
    {
        var doc = Analyze(text, lang);

        Assert.Equal(names, doc.Mentions.Where(m => m.Kind == MentionKind.Organization).Select(m => m.Text));
    }

    [Fact]
    public void Annotate_BodyTitleAndPersonInOneCapitalizedRun_BodyAndPersonApart()
    {
        var doc = Analyze("NATO Secretary General Mark Rutte met the UN Secretary General and Kyiv Mayor Vitali Klitschko.");

        Assert.Equal([("NATO", MentionKind.Organization), ("Mark Rutte", MentionKind.Person), ("UN", MentionKind.Organization),
            ("Kyiv", MentionKind.Place), ("Vitali Klitschko", MentionKind.Person)], doc.Mentions.Select(m => (m.Text, m.Kind)));
    }

    [Theory]
    [InlineData("en", "The commander was awarded the Order of Bohdan Khmelnytsky of the third degree.", "")]
    [InlineData("uk", "Сержант Іван Коваль нагороджений орденом Богдана Хмельницького III ступеня та медаллю «За військову службу Україні».", "Іван Коваль")]
    [InlineData("ru", "Генерал Петров награждён орденом Александра Невского и медалью «За отвагу».", "Петров")]
    public void Annotate_AwardNames_NoNameInsideThem(string lang, string text, string names)
    {
        var doc = Analyze(text, lang);

        Assert.Equal(names, string.Join("; ", doc.Mentions.Select(m => m.Text)));
    }

    [Fact]
    public void Annotate_KnownOrganizationInflected_Organization()
    {
        var doc = Analyze("По оценкам, он не самый удобный для Кремля кандидат. Представитель Пентагона заявил об ударе.", "ru");

        Assert.Equal([("Кремля", MentionKind.Organization), ("Пентагона", MentionKind.Organization)], doc.Mentions.Select(m => (m.Text, m.Kind)));
    }

    [Fact]
    public void Annotate_AcronymOfABodyNamedInFull_IsThatBodyAndLinksToIt()
    {
        var doc = Analyze("The Union of Coastal Fishermen called a strike on Monday. In a statement, the UCF said the port would stay closed.");

        var body = Find(doc, "Union of Coastal Fishermen");
        var acronym = Find(doc, "UCF");
        Assert.Equal(MentionKind.Organization, acronym.Kind);
        Assert.Equal(body.Index, acronym.Antecedent);
        Assert.Equal("UCF", acronym.Normal);
    }

    [Fact]
    public void Annotate_AcronymInBracketsAfterABody_IsABody()
    {
        var doc = Analyze("Marta Lindqvist, head of the International Agency for Coastal Energies (IRACE), is certain.");

        Assert.Equal(MentionKind.Organization, Find(doc, "IRACE").Kind);
        Assert.Contains(doc.Aliases, a => a.Kind == AliasKind.Acronym);
    }

    [Fact]
    public void Annotate_PlaceAndAnAcronymOfSomethingElseInBrackets_AcronymIsNoPlace()
    {
        var doc = Analyze("The regulator for broadcasting of Canada (CRTC) opened new hearings.");

        Assert.DoesNotContain(doc.Mentions, m => m.Text == "CRTC" && m.Kind == MentionKind.Place);
    }

    [Theory]
    [InlineData("Tickets for the Olympic Games sold out within a day.", "Olympic")]
    [InlineData("Tools from the Copper Age were found near the river.", "Copper")]
    [InlineData("The Harbour View Summit drew ministers from nine states.", "Mountain View")]
    public void Annotate_NameOfAnEventOrAPeriod_IsNoName(string text, string inside)
    {
        var doc = Analyze(text);

        Assert.DoesNotContain(doc.Mentions, m => m.Text.Contains(inside, StringComparison.Ordinal));
    }

    [Fact]
    public void Annotate_BodyEndingInAnEventWordAfterOf_IsABody()
    {
        var doc = Analyze("Officials of the Ministry of War met in the capital.");

        Assert.Equal(MentionKind.Organization, Find(doc, "Ministry of War").Kind);
    }

    [Theory]
    [InlineData("During her years as First Lady she founded a reading charity.", "First Lady")]
    [InlineData("The bridge was opened by the Lord Mayor of Leeds in spring.", "Lord Mayor")]
    public void Annotate_TitleOfSeveralWords_IsNoBody(string text, string title)
    {
        var doc = Analyze(text);

        Assert.DoesNotContain(doc.Mentions, m => m.Text.Contains(title, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("In 1500 the Kingdom of France lost the war.", "Kingdom of France")]
    [InlineData("In 1949 the People’s Republic of China was founded.", "People’s Republic of China")]
    [InlineData("The Principality of Monaco is small.", "Principality of Monaco")]
    public void Annotate_StateFormOfAPlace_IsOnePlace(string text, string name)
    {
        var doc = Analyze(text);

        var state = Assert.Single(doc.Mentions);
        Assert.Equal((MentionKind.Place, name), (state.Kind, state.Text));
    }

    [Theory]
    [InlineData("The Duke of York visited the troops in 1793.", "York")]
    [InlineData("He was made Archbishop of Salzburg in 1772.", "Salzburg")]
    public void Annotate_TitleOfAPlace_OnlyThePlaceIsNamed(string text, string place)
    {
        var doc = Analyze(text);

        var mention = Assert.Single(doc.Mentions);
        Assert.Equal((MentionKind.Place, place), (mention.Kind, mention.Text));
    }

    [Theory]
    [InlineData("Ships crossed the Irish Sea to reach the port.", "Irish Sea")]
    [InlineData("Storms over the Irish Sea delayed the ferries.", "Irish Sea")]
    public void Annotate_FeatureNamedWithANationalityThatIsAGivenName_IsAPlace(string text, string name)
    {
        var doc = Analyze(text);

        Assert.DoesNotContain(doc.Mentions, m => m.Kind == MentionKind.Person);
        Assert.Contains(doc.Mentions, m => m.Kind == MentionKind.Place && m.Text == name);
    }

    [Theory]
    [InlineData("An armed attack on the Azerbaijani Embassy in Iran left one dead.", "Azerbaijani Embassy")]
    [InlineData("Bishops of the Catholic Church met in the capital.", "Catholic Church")]
    [InlineData("Monks of the Ukrainian Orthodox Church left the monastery.", "Ukrainian Orthodox Church")]
    public void Annotate_NationOrFaithAdjectivesBeforeAnInstitutionWord_IsABody(string text, string name)
    {
        var doc = Analyze(text);

        Assert.Equal(MentionKind.Organization, Find(doc, name).Kind);
    }

    [Fact]
    public void Annotate_DirectionAdjectiveBeforeACountry_OnlyTheCountryIsAPlace()
    {
        var doc = Analyze("Northern Algeria saw heavy rain this week.");

        var place = Assert.Single(doc.Mentions);
        Assert.Equal((MentionKind.Place, "Algeria"), (place.Kind, place.Text));
    }

    [Theory]
    [InlineData("The delegation travelled between the cities of Cologne and Bremen.", "Cologne")]
    [InlineData("Boats sailed up the Nile at dawn.", "Nile")]
    public void Annotate_WorldPlaceTheContextMarks_IsAPlace(string text, string name)
    {
        var doc = Analyze(text);

        Assert.Equal(MentionKind.Place, Find(doc, name).Kind);
    }

    [Theory]
    [InlineData("Fighters of the Alliance of Democratic Forces for the Liberation of Congo crossed the border.", "Alliance of Democratic Forces for the Liberation of Congo")]
    [InlineData("Nurses of the Riverside Health and Hospitals Corporation went on strike.", "Riverside Health and Hospitals Corporation")]
    [InlineData("The Council on American-Islamic Relations said it would sue.", "Council on American-Islamic Relations")]
    [InlineData("Observers of the Organization for Security and Co-operation in Europe left.", "Organization for Security and Co-operation in Europe")]
    public void Annotate_LongBodyName_IsOneBody(string text, string name)
    {
        var doc = Analyze(text);

        Assert.Equal(MentionKind.Organization, Find(doc, name).Kind);
    }

    [Theory]
    [InlineData("Silicon Valley Bank and Signature Bank both collapsed.", "Silicon Valley Bank", "Signature Bank")]
    [InlineData("The Security Service of Ukraine on Monday detained him with the Ministry of Defence and NATO.", "Security Service of Ukraine", "NATO")]
    public void Annotate_BodiesSideBySide_StayApart(string text, string one, string other)
    {
        var doc = Analyze(text);

        Assert.Equal(MentionKind.Organization, Find(doc, one).Kind);
        Assert.Equal(MentionKind.Organization, Find(doc, other).Kind);
    }

    [Theory]
    [InlineData("Voters in the suburb said they would back Trump again.", "en", "Trump")]
    [InlineData("Stalin ordered new purges of the army command in 1937.", "en", "Stalin")]
    [InlineData("Решение поддержали сторонники Путина в регионе.", "ru", "Путина")]
    public void Annotate_WellKnownPersonBySurname_IsAPerson(string text, string language, string name)
    {
        var doc = Analyze(text, language);

        Assert.Equal(MentionKind.Person, Find(doc, name).Kind);
    }

    [Fact]
    public void Annotate_LoneWordBesideABody_IsABody()
    {
        var doc = Analyze("Cheaper imports pushed Gazprom and Hollis to cut their prices.");

        Assert.Equal(MentionKind.Organization, Find(doc, "Hollis").Kind);
    }

    [Fact]
    public void Annotate_WellKnownPersonBesideABody_StaysAPerson()
    {
        var doc = Analyze("Talks between NATO and Zelensky went on late.");

        Assert.Equal(MentionKind.Person, Find(doc, "Zelensky").Kind);
    }

    [Theory]
    [InlineData("Gomery, who led the inquiry for two years, retired in June.", "Gomery")]
    [InlineData("Tarlo was born in a village near the coast.", "Tarlo")]
    public void Annotate_LoneWordThatIsWhoOrBorn_IsAPerson(string text, string name)
    {
        var doc = Analyze(text);

        Assert.Equal(MentionKind.Person, Find(doc, name).Kind);
    }

    [Theory]
    [InlineData("The troops dug in close to the Hudson River overnight.", "Hudson River")]
    [InlineData("A hotel in Beverly Hills hosted the talks.", "Beverly Hills")]
    [InlineData("Ferries crossed the Celtic Sea in a storm.", "Celtic Sea")]
    [InlineData("Rain soaked the Bay of Plenty all week.", "Bay of Plenty")]
    [InlineData("Climbers reached Mount Hoverla at noon.", "Mount Hoverla")]
    public void Annotate_NameEndingInAFeaturesWord_IsAPlace(string text, string name)
    {
        var doc = Analyze(text);

        Assert.Equal(MentionKind.Place, Find(doc, name).Kind);
    }

    [Theory]
    [InlineData("Both sides returned to the Minsk agreements in talks.")]
    [InlineData("The Treaty of London was signed by six powers.")]
    [InlineData("Delegates said the Paris Agreement will hold.")]
    [InlineData("When I’m at the front, I write every day.")]
    public void Annotate_DocumentNamedAfterAPlaceOrAContraction_IsNoName(string text)
    {
        var doc = Analyze(text);

        Assert.Empty(doc.Mentions);
    }

    [Fact]
    public void Annotate_PlaceBeforeAnEventWord_StaysAPlace()
    {
        var doc = Analyze("Analysts expect the Ukraine war to last another year.");

        Assert.Equal(MentionKind.Place, Find(doc, "Ukraine").Kind);
    }

    [Theory]
    [InlineData("Делегаты снова обсудили Венские договорённости о газе.", "ru")]
    [InlineData("Сторони знову обговорили Віденські домовленості щодо газу.", "uk")]
    public void Annotate_PluralAdjectiveOfAPlaceBeforeANoun_IsNoName(string text, string language)
    {
        var doc = Analyze(text, language);

        Assert.DoesNotContain(doc.Mentions, m => m.Kind == MentionKind.Place);
    }

    [Fact]
    public void Annotate_UkrainianPlaceInTheLocative_StaysAPlace()
    {
        var doc = Analyze("Ми в Україні хочемо миру для всіх.", "uk");

        Assert.Equal(MentionKind.Place, Find(doc, "Україні").Kind);
    }

    [Theory]
    [InlineData("Later the Thracian king Seuthes I accepted the treaty.", "Seuthes I")]
    [InlineData("Their second ruler was Bolemir I (ruled 850–870).", "Bolemir I")]
    public void Annotate_RulerWithTheNumberOne_IsAPerson(string text, string name)
    {
        var doc = Analyze(text);

        Assert.Equal(MentionKind.Person, Find(doc, name).Kind);
    }

    [Fact]
    public void Annotate_PlaceBeforeThePronounI_IsNoRuler()
    {
        var doc = Analyze("When in Rome I visited the forum.");

        Assert.DoesNotContain(doc.Mentions, m => m.Kind == MentionKind.Person);
    }

    [Fact]
    public void Annotate_GivenNameOfAPlace_PersonAndPlace()
    {
        var doc = Analyze("Letters from Catherine of Russia reached the court.");

        Assert.Equal(MentionKind.Person, Find(doc, "Catherine").Kind);
        Assert.Equal(MentionKind.Place, Find(doc, "Russia").Kind);
    }

    [Theory]
    [InlineData("Orbital Freight Systems, Inc. was founded in 2004.", "Orbital Freight Systems, Inc.")]
    [InlineData("He works for Holland & Hart, LLP in Denver.", "Holland & Hart, LLP")]
    public void Annotate_BodyWithItsLegalForm_IsOneBody(string text, string name)
    {
        var doc = Analyze(text);

        Assert.Equal(MentionKind.Organization, Find(doc, name).Kind);
    }

    [Fact]
    public void Annotate_OtherFirstNameBeforeAWellKnownSurname_IsAPerson()
    {
        var doc = Analyze("A line by Groucho Marx opened the show.");

        Assert.Equal(MentionKind.Person, Find(doc, "Groucho Marx").Kind);
    }

    [Theory]
    [InlineData("Вестермарк родился в семье судьи.", "ru", "Вестермарк")]
    [InlineData("Вестермарк народився в родині судді.", "uk", "Вестермарк")]
    public void Annotate_CyrillicWordBeforeBorn_IsAPerson(string text, string language, string name)
    {
        var doc = Analyze(text, language);

        Assert.Equal(MentionKind.Person, Find(doc, name).Kind);
    }
}

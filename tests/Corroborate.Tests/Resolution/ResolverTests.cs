using Corroborate.Domain;
using Corroborate.Resolution;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Resolution;

public sealed class ResolverTests
{
    private static ResolutionResult Resolve(params ExtractedDocument[] docs) => Resolver.CreateDefault().Resolve(docs);

    private static Entity EntityOf(ResolutionResult r, ExtractedDocument d, int mention) =>
        r.Entities.Single(e => e.Id == r.Assignments[new MentionRef(d.Document.Id, mention)]);

    [Fact]
    public void Resolve_TranslatedOrganizationNames_OneEntity()
    {
        var en = new Build("The Freedom of Russia Legion crossed the border.");
        var a = en.Mention(MentionKind.Organization, "Freedom of Russia Legion");
        var ru = new Build("Легион «Свобода России» пересёк границу.", "Газета", "ru");
        var b = ru.Mention(MentionKind.Organization, "Легион «Свобода России»");
        var uk = new Build("Легіону «Свобода Росії» не вистачає зброї.", "Газета", "uk");
        var c = uk.Mention(MentionKind.Organization, "Легіону «Свобода Росії»");
        var (x, y, z) = (en.Done(), ru.Done(), uk.Done());
        var r = Resolve(x, y, z);
        var entity = EntityOf(r, x, a);
        Assert.Equal(entity.Id, EntityOf(r, y, b).Id);
        Assert.Equal(entity.Id, EntityOf(r, z, c).Id);
        Assert.Equal("Freedom of Russia Legion", entity.Name);
        Assert.Contains(entity.Explanations, e => e.Contains("translated name", StringComparison.Ordinal));
        Assert.Equal(3, entity.Documents);
    }

    [Fact]
    public void Resolve_InternationalOrganizationAcrossLanguages_OneEntity()
    {
        var en = new Build("The UN condemned the strike on the port.");
        var a = en.Mention(MentionKind.Organization, "UN");
        var ru = new Build("В ООН осудили удар по порту.", "Газета", "ru");
        var b = ru.Mention(MentionKind.Organization, "ООН");
        var uk = new Build("Удар засудили в Організації Об'єднаних Націй.", "Газета", "uk");
        var c = uk.Mention(MentionKind.Organization, "Організації Об'єднаних Націй");
        var other = new Build("The OSCE mission left the city.");
        var d = other.Mention(MentionKind.Organization, "OSCE");
        var (x, y, z, w) = (en.Done(), ru.Done(), uk.Done(), other.Done());

        var r = Resolve(x, y, z, w);

        var entity = EntityOf(r, x, a);
        Assert.Equal(entity.Id, EntityOf(r, y, b).Id);
        Assert.Equal(entity.Id, EntityOf(r, z, c).Id);
        Assert.NotEqual(entity.Id, EntityOf(r, w, d).Id);
        Assert.Contains(entity.Explanations, e => e.Contains("known organization", StringComparison.Ordinal));
    }

    [Fact]
    public void Resolve_ConflictActorByAcronymsInThreeLanguages_OneEntity()
    {
        var en = new Build("The Armed Forces of Ukraine repelled the attack.");
        var a = en.Mention(MentionKind.Organization, "Armed Forces of Ukraine");
        var ru = new Build("ВСУ отразили атаку.", "Газета", "ru");
        var b = ru.Mention(MentionKind.Organization, "ВСУ");
        var uk = new Build("ЗСУ відбили атаку.", "Газета", "uk");
        var c = uk.Mention(MentionKind.Organization, "ЗСУ");
        var (x, y, z) = (en.Done(), ru.Done(), uk.Done());

        var r = Resolve(x, y, z);

        var entity = EntityOf(r, x, a);
        Assert.Equal(entity.Id, EntityOf(r, y, b).Id);
        Assert.Equal(entity.Id, EntityOf(r, z, c).Id);
    }

    [Fact]
    public void Resolve_OrganizationsSharingWords_StayApart()
    {
        var d = new Build("The Freedom of Russia Legion and the Russian Volunteer Corps fought near Russia.");
        var legion = d.Mention(MentionKind.Organization, "Freedom of Russia Legion");
        var corps = d.Mention(MentionKind.Organization, "Russian Volunteer Corps");
        var place = d.Mention(MentionKind.Place, "Russia", occurrence: 2);
        var x = d.Done();
        var r = Resolve(x);
        Assert.Equal(3, new[] { legion, corps, place }.Select(m => r.Assignments[new MentionRef(x.Document.Id, m)]).Distinct().Count());
    }

    [Fact]
    public void Resolve_SameNameDifferentKinds_NeverMerged()
    {
        var d = new Build("Kursk said the Kursk was sunk near Kursk.");
        var person = d.Mention(MentionKind.Person, "Kursk");
        var org = d.Mention(MentionKind.Organization, "Kursk", occurrence: 1);
        var x = d.Done();
        var r = Resolve(x);
        Assert.NotEqual(r.Assignments[new MentionRef(x.Document.Id, person)], r.Assignments[new MentionRef(x.Document.Id, org)]);
    }

    [Fact]
    public void Resolve_CodenameInOneReportBareInAnother_OnePerson()
    {
        var first = new Build("Commander Ivan Petrov, codename Falcon, spoke.");
        var petrov = first.Mention(MentionKind.Person, "Ivan Petrov");
        var falcon = first.Mention(MentionKind.Person, "Falcon");
        first.Alias(petrov, falcon, AliasKind.Codename);
        var second = new Build("Falcon said the unit had grown.", "Another Paper");
        var bare = second.Mention(MentionKind.Person, "Falcon");
        var (x, y) = (first.Done(), second.Done());
        var r = Resolve(x, y);
        var entity = EntityOf(r, x, petrov);
        Assert.Equal(entity.Id, EntityOf(r, y, bare).Id);
        Assert.Equal("Ivan Petrov", entity.Name);
        Assert.Contains(entity.Explanations, e => e.Contains("codename", StringComparison.Ordinal));
    }

    [Fact]
    public void Resolve_PersonAcrossScripts_OnePersonWithScriptsRecorded()
    {
        var en = new Build("Oleg Vasnetsov spoke for the unit.");
        var a = en.Mention(MentionKind.Person, "Oleg Vasnetsov");
        var uk = new Build("Олег Васнєцов заявив про втрати.", "Огляд", "uk");
        var b = uk.Mention(MentionKind.Person, "Олег Васнєцов");
        var (x, y) = (en.Done(), uk.Done());
        var r = Resolve(x, y);
        var entity = EntityOf(r, x, a);
        Assert.Equal(entity.Id, EntityOf(r, y, b).Id);
        Assert.Contains(entity.Aliases, al => al.Script == "Cyrl" && al.Language == "uk");
        Assert.Contains(entity.Aliases, al => al.Script == "Latn" && al.Language == "en");
    }

    [Fact]
    public void Resolve_BareSurnameInSameDocument_JoinsFullName()
    {
        var d = new Build("Ivan Petrov arrived. Later Petrov left.");
        var full = d.Mention(MentionKind.Person, "Ivan Petrov");
        var bare = d.Mention(MentionKind.Person, "Petrov", occurrence: 1);
        var x = d.Done();
        var r = Resolve(x);
        Assert.Equal(r.Assignments[new MentionRef(x.Document.Id, full)], r.Assignments[new MentionRef(x.Document.Id, bare)]);
    }

    [Fact]
    public void Resolve_DifferentFirstInitialsSameSurname_StayApart()
    {
        var d = new Build("Ivan Petrov and Maria Petrova met Anton Petrov.");
        var ivan = d.Mention(MentionKind.Person, "Ivan Petrov");
        var anton = d.Mention(MentionKind.Person, "Anton Petrov");
        var x = d.Done();
        var r = Resolve(x);
        Assert.NotEqual(r.Assignments[new MentionRef(x.Document.Id, ivan)], r.Assignments[new MentionRef(x.Document.Id, anton)]);
    }

    [Fact]
    public void Resolve_AnaphorFollowsAntecedent_WithoutBecomingAnAlias()
    {
        var d = new Build("The Eastern Shield Legion grew. The Legion recruited.");
        var legion = d.Mention(MentionKind.Organization, "Eastern Shield Legion");
        var anaphor = d.Mention(MentionKind.Organization, "The Legion", "Eastern Shield Legion", antecedent: legion);
        var x = d.Done();
        var r = Resolve(x);
        var entity = EntityOf(r, x, legion);
        Assert.Equal(entity.Id, r.Assignments[new MentionRef(x.Document.Id, anaphor)]);
        Assert.DoesNotContain(entity.Aliases, a => a.Name == "The Legion");
        Assert.Equal(2, entity.Mentions);
    }

    [Fact]
    public void Resolve_ShortFormOfAFullName_IsAnAliasOfItsEntity()
    {
        var d = new Build("The Union of Coastal Fishermen called a strike. The UCF said the port would close.");
        var union = d.Mention(MentionKind.Organization, "Union of Coastal Fishermen");
        var acronym = d.ShortForm(MentionKind.Organization, "UCF", union);
        var x = d.Done();
        var r = Resolve(x);
        var entity = EntityOf(r, x, union);
        Assert.Equal(entity.Id, r.Assignments[new MentionRef(x.Document.Id, acronym)]);
        Assert.Contains(entity.Aliases, a => a.Name == "UCF");
    }

    [Fact]
    public void Resolve_InflectedPlaceNames_OneGeoNamesPlace()
    {
        var ru = new Build("Бои шли в Белгородской области и под Белгородом.", "Газета", "ru");
        var region = ru.Mention(MentionKind.Place, "Белгородской области");
        var en = new Build("Fighting spread across Belgorod Oblast.");
        var oblast = en.Mention(MentionKind.Place, "Belgorod Oblast");
        var (x, y) = (ru.Done(), en.Done());
        var r = Resolve(x, y);
        var entity = EntityOf(r, x, region);
        Assert.Equal(entity.Id, EntityOf(r, y, oblast).Id);
        Assert.NotNull(entity.Place);
        Assert.Equal("RU", entity.Place!.Country);
        Assert.Equal("region", entity.Place.Precision);
    }

    [Fact]
    public void Resolve_NamesakesResolvedApartByTheirDocuments_TwoPlaces()
    {
        var luhansk = new Build("Shelling hit Pervomaisk.");
        var a = luhansk.Mention(MentionKind.Place, "Pervomaisk");
        var mykolaiv = new Build("Drones struck Pervomaisk.", "The Other Gazette");
        var b = mykolaiv.Mention(MentionKind.Place, "Pervomaisk");
        var (x, y) = (luhansk.Done(), mykolaiv.Done());
        // The documents' context (as the toponym resolver reads it) put each mention on its own namesake.
        x = x with { Mentions = [x.Mentions[a] with { GeonamesId = 697592 }] };
        y = y with { Mentions = [y.Mentions[b] with { GeonamesId = 697593 }] };
        var r = Resolve(x, y);
        var (first, second) = (EntityOf(r, x, a), EntityOf(r, y, b));
        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(697592, first.Place!.GeonamesId);
        Assert.Equal(697593, second.Place!.GeonamesId);
    }

    [Fact]
    public void Resolve_PlaceUndecidedBetweenNamesakes_PlacedAtTheirAreaNotAtTheBiggest()
    {
        var d = new Build("Shelling hit Novoselivka.");
        var m = d.Mention(MentionKind.Place, "Novoselivka");
        var x = d.Done();
        x = x with { Mentions = [x.Mentions[m] with { AreaId = 709716 }] }; // Donetsk Oblast holds all its likely namesakes
        var place = EntityOf(Resolve(x), x, m).Place;
        Assert.Equal(709716, place!.GeonamesId);
        Assert.Equal("region", place.Precision);
    }

    [Fact]
    public void Resolve_SameDocumentsInAnotherOrder_SameEntityIds()
    {
        var a = new Build("The Eastern Shield Legion grew.");
        a.Mention(MentionKind.Organization, "Eastern Shield Legion");
        var b = new Build("Ivan Petrov joined the Eastern Shield Legion.", "Another Paper");
        b.Mention(MentionKind.Person, "Ivan Petrov");
        b.Mention(MentionKind.Organization, "Eastern Shield Legion");
        var (x, y) = (a.Done(), b.Done());
        var forward = Resolve(x, y).Entities.Select(e => e.Id).Order(StringComparer.Ordinal).ToList();
        var backward = Resolve(y, x).Entities.Select(e => e.Id).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(2, forward.Count);
        Assert.Equal(forward, backward);
    }

    private static (ExtractedDocument Doc, int Petrov, int Falcon) CodenameReport()
    {
        var b = new Build("Commander Ivan Petrov, codename Falcon, spoke.");
        var petrov = b.Mention(MentionKind.Person, "Ivan Petrov");
        var falcon = b.Mention(MentionKind.Person, "Falcon");
        b.Alias(petrov, falcon, AliasKind.Codename);
        return (b.Done(), petrov, falcon);
    }

    private static Judgement Judge(long n, JudgementKind kind, string a, string b) =>
        new(n, kind, MentionKind.Person, a, b, "test", "2026-01-01T00:00:00Z");

    private static bool Together(ResolutionResult r, ExtractedDocument d, int a, int b) =>
        r.Assignments[new MentionRef(d.Document.Id, a)] == r.Assignments[new MentionRef(d.Document.Id, b)];

    [Fact]
    public void Resolve_SplitJudgement_KeepsNameApartAndEntityKeepsItsId()
    {
        var (d, petrov, falcon) = CodenameReport();
        var before = Resolver.CreateDefault().Resolve([d]);
        var split = Resolver.CreateDefault().Resolve([d], [Judge(1, JudgementKind.Split, Resolver.NameKeyOf(MentionKind.Person, "Ivan Petrov"), Resolver.NameKeyOf(MentionKind.Person, "Falcon"))]);
        Assert.True(Together(before, d, petrov, falcon));
        Assert.False(Together(split, d, petrov, falcon));
        Assert.Equal(EntityOf(before, d, petrov).Id, EntityOf(split, d, petrov).Id);
    }

    [Fact]
    public void Resolve_UndoneSplit_NoLongerApplies()
    {
        var (d, petrov, falcon) = CodenameReport();
        var r = Resolver.CreateDefault().Resolve([d],
        [
            Judge(1, JudgementKind.Split, Resolver.NameKeyOf(MentionKind.Person, "Ivan Petrov"), Resolver.NameKeyOf(MentionKind.Person, "Falcon")),
            Judge(2, JudgementKind.Undo, "1", ""),
        ]);
        Assert.True(Together(r, d, petrov, falcon));
    }

    [Fact]
    public void Resolve_MergeJudgement_JoinsUnrelatedNamesWithReason()
    {
        var b = new Build("Ivan Petrov met Sergei Orlov.");
        var petrov = b.Mention(MentionKind.Person, "Ivan Petrov");
        var orlov = b.Mention(MentionKind.Person, "Sergei Orlov");
        var d = b.Done();
        var r = Resolver.CreateDefault().Resolve([d], [Judge(7, JudgementKind.Merge, Resolver.NameKeyOf(MentionKind.Person, "Ivan Petrov"), Resolver.NameKeyOf(MentionKind.Person, "Sergei Orlov"))]);
        Assert.True(Together(r, d, petrov, orlov));
        Assert.Contains(EntityOf(r, d, petrov).Explanations, e => e.Contains("judgement #7", StringComparison.Ordinal));
    }

    [Fact]
    public void Resolve_MergeAfterSplitOfSameName_LaterJudgementWins()
    {
        var (d, petrov, falcon) = CodenameReport();
        var p = Resolver.NameKeyOf(MentionKind.Person, "Ivan Petrov");
        var f = Resolver.NameKeyOf(MentionKind.Person, "Falcon");
        var r = Resolver.CreateDefault().Resolve([d], [Judge(1, JudgementKind.Split, p, f), Judge(2, JudgementKind.Merge, p, f)]);
        Assert.True(Together(r, d, petrov, falcon));
    }

    [Fact]
    public void Resolve_SurnameSpelledTwoWays_OnePersonButFeminineFormStaysApart()
    {
        var d = new Build("Igor Volobuyev joined. Igor Volobuev spoke. Irina Volobueva did not.");
        var a = d.Mention(MentionKind.Person, "Igor Volobuyev");
        var b = d.Mention(MentionKind.Person, "Igor Volobuev");
        var c = d.Mention(MentionKind.Person, "Irina Volobueva");
        var x = d.Done();
        var r = Resolve(x);
        Assert.True(Together(r, x, a, b));
        Assert.False(Together(r, x, a, c));
    }

    [Fact]
    public void Resolve_AcronymOfOneOrganization_JoinsItAcrossDocuments()
    {
        // A body no list of known organizations holds: the acronym alone joins them.
        var a = new Build("Государственная служба охраны лесов задержала мужчину.", "Газета", "ru");
        var full = a.Mention(MentionKind.Organization, "Государственная служба охраны лесов");
        var b = new Build("ГСОЛ сообщила о задержании.", "Другая газета", "ru");
        var acronym = b.Mention(MentionKind.Organization, "ГСОЛ");
        var (x, y) = (a.Done(), b.Done());
        var r = Resolve(x, y);
        Assert.Equal(EntityOf(r, x, full).Id, EntityOf(r, y, acronym).Id);
        Assert.Contains(EntityOf(r, x, full).Explanations, e => e.Contains("abbreviation", StringComparison.Ordinal));
    }

    [Fact]
    public void Resolve_AcronymMatchingTwoOrganizations_JoinsNeither()
    {
        var a = new Build("The Northern Freedom Battalion and the National Front Bloc met; NFB said nothing.");
        var battalion = a.Mention(MentionKind.Organization, "Northern Freedom Battalion");
        var bloc = a.Mention(MentionKind.Organization, "National Front Bloc");
        var acronym = a.Mention(MentionKind.Organization, "NFB");
        var x = a.Done();
        var r = Resolve(x);
        Assert.False(Together(r, x, battalion, acronym));
        Assert.False(Together(r, x, bloc, acronym));
    }
}

using Corroborate.Reference;
using Corroborate.Domain;
using Corroborate.Reconciliation;
using Corroborate.Resolution;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Reconciliation;

public sealed class ReconcilerTests
{
    private static ReconciliationResult Reconcile(params ExtractedDocument[] docs)
    {
        var resolution = Resolver.CreateDefault().Resolve(docs);
        return Reconciler.CreateDefault().Reconcile(docs, resolution);
    }

    private static ExtractedDocument Bio(string text, string publisher, string occupation, DateValue? validAt = null, string property = "occupation")
    {
        var b = new Build(text, publisher, published: DateValue.OfDay(2023, 6, 1));
        var p = b.Mention(MentionKind.Person, "Ivan Petrov");
        return b.Says(p, property, occupation, validAt: validAt).Done();
    }

    [Fact]
    public void Facts_SameValueFromTwoPublishers_CorroboratedByTwoOrigins()
    {
        var r = Reconcile(
            Bio("Ivan Petrov, a former teacher, leads the unit.", "Alpha News", "former teacher"),
            Bio("The unit is led by Ivan Petrov, once a teacher by trade.", "Beta Post", "former teacher"));
        var fact = Assert.Single(r.Facts, f => f.Property == "occupation");
        Assert.Equal(FactStatus.Corroborated, fact.Status);
        Assert.Equal(2, fact.IndependentOrigins);
        Assert.Empty(r.Disagreements);
    }

    [Fact]
    public void Facts_DifferentSingleValues_ContradictionAndContested()
    {
        var r = Reconcile(
            Bio("Ivan Petrov, a former teacher, leads the unit.", "Alpha News", "former teacher"),
            Bio("Ivan Petrov, a former firefighter, leads the unit.", "Beta Post", "former firefighter"));
        var d = Assert.Single(r.Disagreements);
        Assert.Equal(DisagreementKind.Contradiction, d.Kind);
        Assert.Equal(["former teacher", "former firefighter"], d.Values.Select(v => v.Value).Order().Reverse());
        Assert.All(r.Facts, f => Assert.Equal(FactStatus.Contested, f.Status));
    }

    [Fact]
    public void Facts_QuantitiesStatedForDifferentTimes_ChangeOverTime()
    {
        var r = Reconcile(
            Bio("Ivan Petrov said in December 2022 the unit had several hundred men.", "Alpha News", "300-900 people", DateValue.OfMonth(2022, 12), "age"),
            Bio("Ivan Petrov said in February 2023 the unit had two thousand men.", "Beta Post", "2000 people", DateValue.OfMonth(2023, 2), "age"));
        Assert.Equal(DisagreementKind.ChangeOverTime, Assert.Single(r.Disagreements).Kind);
    }

    private static ExtractedDocument Strength(string text, string publisher, string value, DateValue published)
    {
        var b = new Build(text, publisher, published: published);
        var unit = b.Mention(MentionKind.Organization, "Eastern Shield Legion");
        return b.Says(unit, "strength", value).Done();
    }

    [Fact]
    public void Facts_BattalionAndAFewHundredPeopleInOneMonth_CanAgreeSoNoDisagreement()
    {
        var r = Reconcile(
            Strength("The Eastern Shield Legion has a battalion strength.", "Alpha News", "1 battalion", DateValue.OfDay(2023, 6, 1)),
            Strength("The Eastern Shield Legion counts 400 to 600 fighters.", "Beta Post", "400-600 people", DateValue.OfDay(2023, 6, 20)));

        Assert.Empty(r.Disagreements);
    }

    /// <summary>"Two companies" in a report of <paramref name="firstMonth"/> 2023, "three battalions" in one of June 2023; neither sentence is dated.</summary>
    private static ReconciliationResult UndatedStrengths(int firstMonth) => Reconcile(
        Strength("The Eastern Shield Legion consists of two companies.", "Alpha News", "2 companies", DateValue.OfDay(2023, firstMonth, 10)),
        Strength("The Eastern Shield Legion consists of three battalions.", "Beta Post", "3 battalions", DateValue.OfDay(2023, 6, 20)));

    [Fact]
    public void Facts_UndatedStrengthsInReportsOfOneMonth_Contradiction() =>
        Assert.Equal(DisagreementKind.Contradiction, Assert.Single(UndatedStrengths(firstMonth: 6).Disagreements).Kind);

    [Fact]
    public void Facts_UndatedStrengthsInReportsOfDifferentMonths_ChangeOverTimeByReportDates()
    {
        var r = UndatedStrengths(firstMonth: 1);

        Assert.Equal(DisagreementKind.ChangeOverTime, Assert.Single(r.Disagreements).Kind);
        var (_, why) = Facts.Compare(Vocabulary.Of("strength"), [r.Statements[0]], [r.Statements[1]]);
        Assert.Contains("(its report's date)", why, StringComparison.Ordinal);
    }

    [Fact]
    public void Facts_MonthInsideSeason_PrecisionNotContradiction()
    {
        var a = new Build("The Eastern Shield Legion was formed in March 2022.", "Alpha News");
        var la = a.Mention(MentionKind.Organization, "Eastern Shield Legion");
        a.Says(la, "founded", "2022-03");
        var b = new Build("The Eastern Shield Legion was created in the spring of 2022.", "Beta Post");
        var lb = b.Mention(MentionKind.Organization, "Eastern Shield Legion");
        b.Says(lb, "founded", "2022-SP");
        var r = Reconcile(a.Done(), b.Done());
        Assert.Equal(DisagreementKind.Precision, Assert.Single(r.Disagreements).Kind);
        Assert.DoesNotContain(r.Facts, f => f.Status == FactStatus.Contested);
    }

    [Fact]
    public void Facts_RolesWithDifferentHeads_BothHold()
    {
        var d = new Build("Ivan Petrov is the commander and the spokesperson of the unit.", "Alpha News");
        var p = d.Mention(MentionKind.Person, "Ivan Petrov");
        d.Says(p, "role", "commander").Says(p, "role", "spokesperson");
        var e = new Build("Ivan Petrov is the deputy commander.", "Beta Post");
        var q = e.Mention(MentionKind.Person, "Ivan Petrov");
        e.Says(q, "role", "deputy commander");
        var r = Reconcile(d.Done(), e.Done());
        var disagreement = Assert.Single(r.Disagreements);
        Assert.Equal(["commander", "deputy commander"], disagreement.Values.Select(v => v.Value).Order());
    }

    [Fact]
    public void Facts_OpinionsFromDifferentOrigins_Characterization()
    {
        var a = new Build("Analysts describe the Eastern Shield Legion as far-right.", "Alpha News");
        var la = a.Mention(MentionKind.Organization, "Eastern Shield Legion");
        a.Says(la, "ideology", "far-right", Stance.Characterized);
        var b = new Build("The Eastern Shield Legion calls itself politically neutral.", "Beta Post");
        var lb = b.Mention(MentionKind.Organization, "Eastern Shield Legion");
        b.Says(lb, "ideology", "politically neutral", Stance.Characterized, speaker: lb);
        var r = Reconcile(a.Done(), b.Done());
        Assert.Equal(DisagreementKind.Characterization, Assert.Single(r.Disagreements).Kind);
    }

    [Fact]
    public void Origins_QuotedSpeaker_IsTheOriginNotThePublisher()
    {
        var a = new Build("Ivan Petrov told Alpha News he was a former teacher.", "Alpha News");
        var p = a.Mention(MentionKind.Person, "Ivan Petrov");
        a.Says(p, "occupation", "former teacher", Stance.Claimed, speaker: p);
        var b = new Build("According to Ivan Petrov, he was a former teacher.", "Beta Post");
        var q = b.Mention(MentionKind.Person, "Ivan Petrov");
        b.Says(q, "occupation", "former teacher", Stance.Claimed, speaker: q);
        var r = Reconcile(a.Done(), b.Done());
        var fact = Assert.Single(r.Facts);
        Assert.Equal(1, fact.IndependentOrigins);
        Assert.Equal(FactStatus.SingleSource, fact.Status);
        Assert.All(r.Statements, s => Assert.Equal("Ivan Petrov", s.OriginName));
    }

    [Fact]
    public void Origins_DocumentAttributingItsStory_TakesThatSource()
    {
        var a = new Build("Ivan Petrov, a former teacher, leads the unit, reports The Morning Ledger.", "Alpha News") { AttributedTo = "The Morning Ledger" };
        var p = a.Mention(MentionKind.Person, "Ivan Petrov");
        a.Mention(MentionKind.Organization, "The Morning Ledger");
        a.Says(p, "occupation", "former teacher");
        var r = Reconcile(a.Done());
        Assert.Equal("The Morning Ledger", Assert.Single(r.Statements).OriginName);
    }

    [Fact]
    public void Origins_SyndicatedCopy_SharesTheOriginalsOrigin()
    {
        const string story = "Ivan Petrov, a former teacher from a small town near the border, now leads a volunteer unit of several hundred men. "
                             + "He says the unit trains every day and plans to recruit more fighters before the winter. Local officials declined to comment on the unit's plans.";
        var r = Reconcile(
            Bio(story, "Alpha News", "former teacher"),
            Bio(story.Replace("declined to comment", "did not comment"), "Beta Post", "former teacher"));
        var fact = Assert.Single(r.Facts);
        Assert.Equal(1, fact.IndependentOrigins);
        Assert.Equal(FactStatus.SingleSource, fact.Status);
    }

    [Fact]
    public void Events_SameRaidTwoReports_OneEventWithBothSourcesAndCasualtyDisagreement()
    {
        var a = new Build("The Eastern Shield Legion raided Kozinka on 14 October 2023, killing two.", "Alpha News");
        var la = a.Mention(MentionKind.Organization, "Eastern Shield Legion");
        var ka = a.Mention(MentionKind.Place, "Kozinka");
        a.Event("raid", DateValue.OfDay(2023, 10, 14), ka, [la], new CountRange(2, 2, la));
        var b = new Build("Officials said the Eastern Shield Legion attacked Kozinka in October 2023; five attackers died.", "Beta Post");
        var lb = b.Mention(MentionKind.Organization, "Eastern Shield Legion");
        var kb = b.Mention(MentionKind.Place, "Kozinka");
        b.Event("attack", DateValue.OfMonth(2023, 10), kb, [lb], new CountRange(5, 5, null));
        var r = Reconcile(a.Done(), b.Done());
        var ev = Assert.Single(r.Events);
        Assert.Equal("raid", ev.Kind);
        Assert.Equal("2023-10-14", ev.Date);
        Assert.Equal(2, ev.Sources.Count);
        Assert.Equal(2, ev.IndependentOrigins);
        Assert.Single(ev.MergeReasons);
        var d = Assert.Single(r.Disagreements, x => x.Subject == ev.Id && x.Property == "fatalities");
        Assert.Equal(DisagreementKind.Contradiction, d.Kind);
        // "on 14 October" against "in October": one refines the other.
        var date = Assert.Single(r.Disagreements, x => x.Subject == ev.Id && x.Property == "date");
        Assert.Equal(DisagreementKind.Precision, date.Kind);
        Assert.Equal(["2023-10-14", "2023-10"], date.Values.Select(v => v.Value));
        Assert.Equal(2, r.Disagreements.Count(x => x.Subject == ev.Id));
    }

    [Fact]
    public void Events_ReportsStorySplitByOrderOfReading_JoinedIntoOneEvent()
    {
        var a = new Build("The Eastern Shield Legion raided Kozinka on 14 October 2023.", "Alpha News");
        var la = a.Mention(MentionKind.Organization, "Eastern Shield Legion");
        a.Event("raid", DateValue.OfDay(2023, 10, 14), a.Mention(MentionKind.Place, "Kozinka"), [la]);
        // The second sentence names neither place nor actor, so it cannot meet the other report's raid on its own.
        const string text = "Last month the Eastern Shield Legion attacked Kozinka. The fighting took place on 14 October 2023.";
        var b = new Build(text, "Beta Post");
        var lb = b.Mention(MentionKind.Organization, "Eastern Shield Legion");
        b.Event("attack", DateValue.OfMonth(2023, 10), b.Mention(MentionKind.Place, "Kozinka"), [lb]);
        b.Event("armed clash", DateValue.OfDay(2023, 10, 14), null, [], spanStart: text.IndexOf("The fighting", StringComparison.Ordinal));

        var r = Reconcile(a.Done(), b.Done());

        var ev = Assert.Single(r.Events);
        Assert.Equal(3, ev.Sources.Count);
        Assert.Contains(ev.MergeReasons, x => x.StartsWith("the same report goes on", StringComparison.Ordinal));
    }

    [Fact]
    public void Events_DifferentDays_NeverMerged()
    {
        var a = new Build("The Eastern Shield Legion raided Kozinka on 14 October 2023.", "Alpha News");
        a.Event("raid", DateValue.OfDay(2023, 10, 14), a.Mention(MentionKind.Place, "Kozinka"), [a.Mention(MentionKind.Organization, "Eastern Shield Legion")]);
        var b = new Build("The Eastern Shield Legion raided Kozinka on 20 October 2023.", "Beta Post");
        b.Event("raid", DateValue.OfDay(2023, 10, 20), b.Mention(MentionKind.Place, "Kozinka"), [b.Mention(MentionKind.Organization, "Eastern Shield Legion")]);
        Assert.Equal(2, Reconcile(a.Done(), b.Done()).Events.Count);
    }

    [Fact]
    public void Events_DifferentPlacesSameDay_NeverMerged()
    {
        var a = new Build("The Eastern Shield Legion raided Kozinka on 14 October 2023.", "Alpha News");
        a.Event("raid", DateValue.OfDay(2023, 10, 14), a.Mention(MentionKind.Place, "Kozinka"), [a.Mention(MentionKind.Organization, "Eastern Shield Legion")]);
        var b = new Build("The Eastern Shield Legion raided Kharkiv on 14 October 2023.", "Beta Post");
        b.Event("raid", DateValue.OfDay(2023, 10, 14), b.Mention(MentionKind.Place, "Kharkiv"), [b.Mention(MentionKind.Organization, "Eastern Shield Legion")]);
        Assert.Equal(2, Reconcile(a.Done(), b.Done()).Events.Count);
    }

    [Fact]
    public void Syndication_NearCopy_FoundAndUnrelatedTextsNot()
    {
        const string text = "The regional administration said that the shelling damaged several houses and a school in the village overnight, "
                            + "and that emergency crews worked until morning to restore power to the remaining residents of the district.";
        var docs = new[]
        {
            new Document("d1", text, null, "A", null, "en", DateValue.OfDay(2023, 1, 1), "a", "text"),
            new Document("d2", text.Replace("overnight", "on Tuesday night"), null, "B", null, "en", DateValue.OfDay(2023, 1, 2), "b", "text"),
            new Document("d3", "A completely different report about a court ruling in the capital, with its own words, names and dates, none of them shared with the others at all.", null, "C", null, "en", null, "c", "text"),
        };
        var originals = new Syndication().Originals(docs);
        Assert.Equal("d1", originals["d2"]);
        Assert.Equal("d1", originals["d1"]);
        Assert.Equal("d3", originals["d3"]);
    }
}

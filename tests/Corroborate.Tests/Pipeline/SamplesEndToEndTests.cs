using System.Text.Json.Nodes;
using Corroborate.Cli;
using Corroborate.Pipeline;
using Corroborate.Storage;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Pipeline;

/// <summary>
/// The built-in sample corpus through the whole flow, asserted on the JSONL exports. The expected findings are
/// the ones samples/README.md lists for this fictional corpus.
/// </summary>
public sealed class SamplesEndToEndTests : IClassFixture<SamplesEndToEndTests.Corpus>
{
    public sealed class Corpus : IDisposable
    {
        private readonly TempDir _dir = new();
        public string Db { get; }
        public IngestReport First { get; }
        public IngestReport Again { get; }
        public Dictionary<string, List<JsonObject>> Exports { get; } = [];
        public List<JsonObject> FollowTheMoney { get; } = [];

        public Corpus()
        {
            Db = _dir.File("samples.db");
            var c = Corroborator.CreateDefault();
            var inputs = Directory.GetDirectories(Paths.Samples).Order(StringComparer.Ordinal).ToList();
            using var store = SqliteStore.Open(Db);
            First = c.Ingest(inputs, store);
            c.Rebuild(store);
            Again = c.Ingest(inputs, store);
            using (var s = SqliteStore.Open(Db))
            {
                var facts = s.LoadReconciliation().Facts;
                FollowTheMoney.AddRange(s.LoadResolution().Entities.Select(e => Corroborate.Cli.Exports.FollowTheMoney(e, facts)));
            }
            foreach (var kind in Corroborate.Cli.Exports.Kinds)
                Exports[kind] = Corroborate.Cli.Exports.Records(store, kind).Select(o => JsonNode.Parse(o.ToJsonString(global::Corroborate.Domain.Json.Options))!.AsObject()).ToList();
        }

        public void Dispose() => _dir.Dispose();
    }

    private readonly Corpus _c;
    public SamplesEndToEndTests(Corpus c) => _c = c;

    private List<JsonObject> Export(string kind) => _c.Exports[kind];

    private JsonObject Entity(string name) => Export("entities").Single(e =>
        (string)e["name"]! == name || e["aliases"]!.AsArray().Any(a => (string)a! == name));

    private static IEnumerable<string> Names(JsonObject entity) =>
        entity["aliases"]!.AsArray().Select(a => (string)a!).Append((string)entity["name"]!);

    [Fact]
    public void Ingest_SampleCorpus_AddsEveryDocumentOnce()
    {
        Assert.Empty(_c.First.Skipped);
        Assert.True(_c.First.Added >= 12, $"added {_c.First.Added}");
        Assert.Contains(_c.First.Documents, d => d.Language == "pl" && !d.Analysed);
        Assert.Equal(0, _c.Again.Added);
        Assert.Equal(_c.First.Documents.Count, _c.Again.AlreadyPresent);
    }

    [Fact]
    public void Entities_ExportShape_FollowsContract()
    {
        foreach (var e in Export("entities"))
        {
            Assert.StartsWith("ent_", (string)e["id"]!);
            Assert.Contains((string)e["kind"]!, new[] { "person", "organization", "place" });
            Assert.False(string.IsNullOrWhiteSpace((string)e["name"]!));
            Assert.NotNull(e["aliases"]!.AsArray());
            Assert.True((int)e["mentions"]! >= 1);
            Assert.True((int)e["documents"]! >= 1);
        }
    }

    [Fact]
    public void Entities_BattalionAcrossScripts_OneOrganization()
    {
        var battalion = Entity("Northern Freedom Battalion");
        Assert.Equal("organization", (string)battalion["kind"]!);
        var names = Names(battalion).ToList();
        Assert.Contains(names, n => n.Contains("«Северная свобода»", StringComparison.Ordinal));
        Assert.Contains(names, n => n.Contains("«Північна свобода»", StringComparison.Ordinal));
        Assert.Contains("North Freedom Battalion", names);
    }

    [Fact]
    public void Entities_AlliedCompanyAcrossScripts_OneOrganizationWithItsUnitWord()
    {
        var company = Entity("Black Raven Company");
        var names = Names(company).ToList();
        Assert.Contains(names, n => n.Contains("«Чёрный ворон»", StringComparison.Ordinal));
        Assert.Contains(names, n => n.Contains("«Чорний ворон»", StringComparison.Ordinal));
        Assert.DoesNotContain(Export("entities"), e => (string)e["name"]! is "Чорний ворон" or "Чёрный ворон");
    }

    [Fact]
    public void Entities_CourtNamedBeforeAVerb_IsTheCourtAlone()
    {
        var court = Entity("Supreme Court of Russia");
        Assert.Contains("Верховний суд Росії", Names(court));
        Assert.DoesNotContain(Export("entities").SelectMany(Names), n => n.Contains("визнав", StringComparison.Ordinal) || n.Contains("канале батальона", StringComparison.Ordinal));
    }

    [Fact]
    public void Entities_CommanderWithCodenames_OnePerson()
    {
        var merkulov = Entity("Pavel Merkulov");
        Assert.Equal("person", (string)merkulov["kind"]!);
        var names = Names(merkulov).ToList();
        Assert.Contains("Granit", names);
        Assert.Contains("Павел Меркулов", names);
        Assert.Contains("Павло Меркулов", names);
        Assert.DoesNotContain(Export("entities"), e => (string)e["name"]! == "Granit" && (string)e["id"]! != (string)merkulov["id"]!);
    }

    [Fact]
    public void Entities_Place_HasGeoNamesCoordinates()
    {
        var kozinka = Entity("Kozinka");
        Assert.Equal("place", (string)kozinka["kind"]!);
        Assert.Equal("RU", (string)kozinka["country"]!);
        Assert.Equal("settlement", (string)kozinka["precision"]!);
        Assert.InRange((double)kozinka["lat"]!, 50.0, 51.0);
    }

    [Fact]
    public void Disagreements_CommanderOccupation_Contradiction()
    {
        var id = (string)Entity("Pavel Merkulov")["id"]!;
        var d = Export("disagreements").Single(x => (string)x["subject"]! == id && (string)x["property"]! == "occupation");
        Assert.Equal("contradiction", (string)d["kind"]!);
        var values = d["values"]!.AsArray().Select(v => (string)v!["value"]!).ToList();
        Assert.Contains("former teacher", values);
        Assert.Contains("former firefighter", values);
    }

    [Fact]
    public void Disagreements_CommanderVersusDeputyCommander_Contradiction()
    {
        var id = (string)Entity("Pavel Merkulov")["id"]!;
        var d = Export("disagreements").Single(x => (string)x["subject"]! == id && (string)x["property"]! == "role");
        Assert.Equal("contradiction", (string)d["kind"]!);
        Assert.Equal(["commander", "deputy commander"], d["values"]!.AsArray().Select(v => (string)v!["value"]!).Order());
    }

    [Fact]
    public void Disagreements_StrengthAtDifferentTimes_ChangeOverTime()
    {
        var id = (string)Entity("Northern Freedom Battalion")["id"]!;
        var d = Export("disagreements").Single(x => (string)x["subject"]! == id && (string)x["property"]! == "strength");
        Assert.Equal("change-over-time", (string)d["kind"]!);
    }

    [Fact]
    public void Disagreements_FoundingMonthVersusSeason_IsPrecisionNotContradiction()
    {
        var id = (string)Entity("Northern Freedom Battalion")["id"]!;
        var d = Export("disagreements").Single(x => (string)x["subject"]! == id && (string)x["property"]! == "founded");
        Assert.Equal("precision", (string)d["kind"]!);
    }

    [Fact]
    public void Events_KozinkaRaid_MergedAcrossReportsWithCasualtyClaims()
    {
        var raid = Export("events").Single(e => (string)e["kind"]! == "raid" && (string?)e["date"] == "2023-10-14" && (string?)e["place"]?["name"] == "Kozinka");
        Assert.Equal("Battles", (string)raid["event_type"]!);
        Assert.Equal("day", (string)raid["date_precision"]!);
        Assert.True(raid["sources"]!.AsArray().Select(s => (string)s!["document"]!).Distinct().Count() >= 3);
        Assert.True((int)raid["independent_origins"]! >= 2);
        var actors = raid["actors"]!.AsArray().Select(a => (string)a!["name"]!).ToList();
        Assert.Contains("Northern Freedom Battalion", actors);
        Assert.Contains("Black Raven Company", actors);
        var fatalities = Export("disagreements").Where(d => (string)d["subject"]! == (string)raid["id"]! && (string)d["property"]! == "fatalities").ToList();
        var values = Assert.Single(fatalities)["values"]!.AsArray().Select(v => (string)v!["value"]!).ToList();
        Assert.Contains("2", values);
        Assert.Contains("5", values);
    }

    [Fact]
    public void Statements_FiveKilled_ClaimedByTheRegionsAdministrationAndDeniedByTheBattalion()
    {
        var five = Export("statements").Where(s => (string)s["property"]! == "fatalities" && (string)s["value"]! == "5").ToList();
        var region = (string)Entity("Белгородской области")["id"]!;
        // Every Russian and Ukrainian report gives the figure as the Belgorod administration's: one origin, not one per outlet.
        Assert.All(five.Where(s => ((string)s["quote"]!).Contains("дминистрац", StringComparison.Ordinal) || ((string)s["quote"]!).StartsWith("По данным администрации", StringComparison.Ordinal))
                       .Where(s => !((string)s["quote"]!).StartsWith("Сообщения", StringComparison.Ordinal)),
            s => Assert.Equal(region, (string)s["origin"]!));
        var denial = Assert.Single(five, s => ((string)s["quote"]!).StartsWith("Сообщения о пяти", StringComparison.Ordinal));
        Assert.Equal("denied", (string)denial["stance"]!);
        Assert.Equal((string)Entity("Northern Freedom Battalion")["id"]!, (string)denial["origin"]!);
    }

    [Fact]
    public void Facts_LinkOfTheArrestedMan_AllegedByReportsAndDeniedByTheBattalion()
    {
        var battalion = (string)Entity("Northern Freedom Battalion")["name"]!;
        var link = Export("facts").Single(f => (string)f["property"]! == "linked_to" && (string)f["value"]! == battalion);
        Assert.Equal("denied", (string)link["status"]!);
        var stances = Export("statements").Where(s => (string)s["property"]! == "linked_to").Select(s => (string)s["stance"]!).ToList();
        Assert.Contains("alleged", stances);
        Assert.True(stances.Count(s => s == "denied") >= 2);
    }

    [Fact]
    public void Statements_SyndicatedCopy_SharesOriginWithOriginal()
    {
        var occupation = Export("statements").Where(s => (string)s["property"]! == "occupation" && (string)s["value"]! == "former teacher").ToList();
        var english = occupation.Where(s => ((string)s["quote"]!).StartsWith("Merkulov,", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, english.Count);
        Assert.Single(english.Select(s => (string)s["origin"]!).Distinct());
    }

    [Fact]
    public void Statements_OutletRelayingThePaper_TracedToThePaperNotToItself()
    {
        var relayed = Export("statements").Single(s => (string)s["property"]! == "occupation" && ((string)s["quote"]!).StartsWith("Как сообщает The Border Courier", StringComparison.Ordinal));
        var original = Export("statements").First(s => (string)s["property"]! == "occupation" && ((string)s["quote"]!).StartsWith("Merkulov,", StringComparison.Ordinal));
        Assert.Equal((string)original["origin"]!, (string)relayed["origin"]!);
        var chain = relayed["origin_chain"]!.AsArray().Select(x => (string)x!).ToList();
        Assert.StartsWith("published by Вечерний вестник", chain[0], StringComparison.Ordinal);
        Assert.Contains(chain, step => step.Contains("Border Courier", StringComparison.Ordinal));
    }

    [Fact]
    public void Explain_EveryFact_SameStatusAndOriginCountAsTheRecord()
    {
        using var store = SqliteStore.Open(_c.Db);
        var record = store.LoadReconciliation();
        var resolution = store.LoadResolution();
        Assert.NotEmpty(record.Facts);
        foreach (var fact in record.Facts)
        {
            var (_, properties) = FactExplainer.Explain(resolution, record, fact.Subject, fact.Property)!.Value;
            var value = Assert.Single(Assert.Single(properties).Values, v => v.Value == fact.Value);
            Assert.Equal((fact.Status, fact.IndependentOrigins), (value.Status, value.IndependentOrigins));
            Assert.Equal(fact.Statements.Order(StringComparer.Ordinal), value.Origins.SelectMany(o => o.Statements).Select(s => s.Id).Order(StringComparer.Ordinal));
        }
        foreach (var d in record.Disagreements)
        {
            var (_, properties) = FactExplainer.Explain(resolution, record, d.Subject, d.Property)!.Value;
            Assert.Contains(Assert.Single(properties).Comparisons, c => c.Kind == d.Kind);
        }
    }

    [Fact]
    public void Explain_SyndicatedOccupation_CountsTheCopyOnceAndSaysWhy()
    {
        using var store = SqliteStore.Open(_c.Db);
        var (subject, properties) = FactExplainer.Explain(store.LoadResolution(), store.LoadReconciliation(), "Меркулов", "occupation")!.Value;
        Assert.Equal("Pavel Merkulov", subject);
        var occupation = Assert.Single(properties);
        var teacher = Assert.Single(occupation.Values, v => v.Value == "former teacher");
        var courier = Assert.Single(teacher.Origins, o => o.Statements.Count >= 2);
        Assert.Contains("count once", courier.Independence, StringComparison.Ordinal);
        Assert.Contains(courier.Statements, s => s.OriginChain!.Any(step => step.StartsWith("a near-duplicate of", StringComparison.Ordinal)));
        Assert.Contains(occupation.Comparisons, c => c.Kind == Corroborate.Domain.DisagreementKind.Contradiction);
    }

    [Fact]
    public void Statements_ExportShape_FollowsContract()
    {
        var stances = new[] { "asserted", "reported", "claimed", "alleged", "denied", "characterized" };
        foreach (var s in Export("statements"))
        {
            foreach (var key in new[] { "id", "subject", "subject_name", "property", "value", "document", "start", "end", "quote", "speaker", "stance", "stated_at", "valid_at", "origin" })
                Assert.True(s.ContainsKey(key), $"statement lacks {key}");
            Assert.Contains((string)s["stance"]!, stances);
            Assert.True((int)s["end"]! > (int)s["start"]!);
        }
    }

    [Fact]
    public void Facts_StatusAndOrigins_FollowContract()
    {
        var statuses = new[] { "corroborated", "single-source", "contested", "denied" };
        var facts = Export("facts");
        Assert.All(facts, f => Assert.Contains((string)f["status"]!, statuses));
        Assert.All(facts.Where(f => (string)f["status"]! == "corroborated"), f => Assert.True((int)f["independent_origins"]! >= 2));
        Assert.Contains(facts, f => (string)f["property"]! == "designation" && (string)f["value"]! == "terrorist organization");
    }

    [Fact]
    public void FollowTheMoney_CommanderAndBattalion_PersonAndOrganizationWithAliases()
    {
        var person = _c.FollowTheMoney.Single(e => (string)e["schema"]! == "Person" && e["properties"]!["name"]!.AsArray().Any(n => (string)n! == "Pavel Merkulov"));
        var aliases = person["properties"]!["alias"]!.AsArray().Select(a => (string)a!).ToList();
        Assert.Contains("Granit", aliases);
        Assert.Contains("Павел Меркулов", aliases);
        var org = _c.FollowTheMoney.Single(e => (string)e["schema"]! == "Organization" && e["properties"]!["name"]!.AsArray().Any(n => (string)n! == "Northern Freedom Battalion"));
        Assert.Contains("crime.terror", org["properties"]!["topics"]!.AsArray().Select(t => (string)t!));
        Assert.All(_c.FollowTheMoney, e => Assert.Contains((string)e["schema"]!, new[] { "Person", "Organization", "Address" }));
    }
}

using Corroborate.Domain;
using Corroborate.Pipeline;
using Corroborate.Reference;
using Corroborate.Storage;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Pipeline;

/// <summary>The two real seed reports (read from ../shared at run time): what the product must read well.</summary>
public sealed class SeedsEndToEndTests : IClassFixture<SeedsEndToEndTests.Store>
{
    public sealed class Store : IDisposable
    {
        private readonly TempDir _dir = new();
        public ResolutionResult Resolution { get; }
        public ReconciliationResult Record { get; }

        public Store()
        {
            if (!Directory.Exists(Paths.Seeds)) { Resolution = ResolutionResult.Empty; Record = ReconciliationResult.Empty; return; }
            using var store = SqliteStore.Open(_dir.File("seeds.db"));
            var c = Corroborator.CreateDefault();
            c.Ingest([Paths.Seeds], store);
            (Resolution, Record) = c.Rebuild(store);
        }

        public void Dispose() => _dir.Dispose();
    }

    private readonly Store _s;

    public SeedsEndToEndTests(Store s) => _s = s;

    private Entity EntityNamed(string name) =>
        _s.Resolution.Entities.Single(e => e.Aliases.Any(a => NameKey.Skeleton(a.Name) == NameKey.Skeleton(name)));

    [SeedsFact]
    public void Resolve_LegionLatinAndCyrillicNames_OneEntity()
    {
        var legion = EntityNamed("Freedom of Russia Legion");
        Assert.Equal(MentionKind.Organization, legion.Kind);
        Assert.Contains(legion.Aliases, a => a.Script == "Cyrl" && a.Name.Contains("Свобода", StringComparison.Ordinal));
        Assert.Contains(legion.Aliases, a => a.Name == "Free Russia Legion");
        Assert.Contains(legion.Aliases, a => a.Language == "uk" && a.Name.Contains("Росії", StringComparison.Ordinal));
        Assert.Contains(legion.Aliases, a => a.Name == "ЛСР");
    }

    [SeedsFact]
    public void Resolve_CodenameCaesar_IsAliasOfNamedCommander()
    {
        var caesar = EntityNamed("Caesar");
        Assert.Equal(MentionKind.Person, caesar.Kind);
        Assert.Contains(caesar.Aliases, a => a.Name.Contains("Andronikov", StringComparison.Ordinal));
        Assert.Contains(caesar.Aliases, a => a.Name == "Tsezar");
        Assert.Equal(2, caesar.Documents);
    }

    [SeedsFact]
    public void Reconcile_TwoStatedOccupations_ReportedAsDisagreement()
    {
        var caesar = EntityNamed("Caesar");
        var d = Assert.Single(_s.Record.Disagreements, x => x.Subject == caesar.Id && x.Property == "occupation");
        Assert.Equal(DisagreementKind.Contradiction, d.Kind);
        Assert.Contains(d.Values, v => v.Value.Contains("fitness instructor", StringComparison.Ordinal));
        Assert.Contains(d.Values, v => v.Value.Contains("physiotherapist", StringComparison.Ordinal));
    }

    [SeedsFact]
    public void Events_May2023Raid_DatedToTheDay()
    {
        var raid = _s.Record.Events.Where(e => e.Kind == "raid" && e.Date == "2023-05-22").ToList();
        Assert.NotEmpty(raid);
        Assert.All(raid, e => Assert.Equal("day", e.DatePrecision));
        Assert.Contains(raid, e => e.Actors.Any(a => a.Entity == EntityNamed("Freedom of Russia Legion").Id));
    }

    [SeedsFact]
    public void Reconcile_CommanderVersusDeputyCommander_Contradiction()
    {
        var caesar = EntityNamed("Caesar");
        var d = Assert.Single(_s.Record.Disagreements, x => x.Subject == caesar.Id && x.Property == "role");
        Assert.Equal(DisagreementKind.Contradiction, d.Kind);
        Assert.Equal(["commander", "deputy commander"], d.Values.Select(v => v.Value).Order());
    }

    [SeedsFact]
    public void Reconcile_FoundedSpringVersusMarch_PrecisionNotContradiction()
    {
        var legion = EntityNamed("Freedom of Russia Legion");
        var d = Assert.Single(_s.Record.Disagreements, x => x.Subject == legion.Id && x.Property == "founded");
        Assert.Equal(DisagreementKind.Precision, d.Kind);
        Assert.Contains(d.Values, v => v.Value == "2022-SP");
        Assert.Contains(d.Values, v => v.Value == "2022-03");
    }

    [SeedsFact]
    public void Reconcile_StrengthAtDifferentTimes_ChangeOverTime()
    {
        var legion = EntityNamed("Freedom of Russia Legion");
        var d = Assert.Single(_s.Record.Disagreements, x => x.Subject == legion.Id && x.Property == "strength");
        Assert.Equal(DisagreementKind.ChangeOverTime, d.Kind);
        Assert.Equal(["1 battalion", "2 battalions", "300-900 people"], d.Values.Select(v => v.Value).Order(StringComparer.Ordinal));
    }

    [SeedsFact]
    public void Reconcile_BattalionStrengthInUndatedReport_SaidByCommanderAndDatedByTheRaidItReports()
    {
        var legion = EntityNamed("Freedom of Russia Legion");
        var s = Assert.Single(_s.Record.Statements, x => x.Subject == legion.Id && x.Property == "strength" && x.Value == "1 battalion");
        Assert.Equal(EntityNamed("Caesar").Id, s.Speaker);
        Assert.Equal("2023-05", s.StatedAt);
    }

    [SeedsFact]
    public void Reconcile_IdeologyWords_OnlyForTheOrganizationsTheyDescribe()
    {
        var rvc = EntityNamed("Russian Volunteer Corps");
        // "…with the help of the Security Service of Ukraine …, to "protect Ukrainians from real fascists"" describes no one named.
        Assert.DoesNotContain(_s.Record.Statements, x => x.Property == "ideology" && x.SubjectName.Contains("Security Service", StringComparison.Ordinal));
        // "The far-right, Russian Volunteer Corps (RVC) … has said": the document's word, not the corps' own.
        Assert.Contains(_s.Record.Statements, x => x.Subject == rvc.Id && x.Property == "ideology" && x.Value == "far-right" && x.Speaker != rvc.Id);
        Assert.DoesNotContain(_s.Record.Statements, x => x.Subject == rvc.Id && x.Property == "ideology" && x.Speaker == rvc.Id && x.Value == "far-right");
    }

    [SeedsFact]
    public void Reconcile_LostACoupleOfSoldiers_TwoFatalitiesClaimedByTheLegion()
    {
        var legion = EntityNamed("Freedom of Russia Legion");
        var s = Assert.Single(_s.Record.Statements, x => x.Property == "fatalities");
        Assert.Equal("2", s.Value);
        Assert.Equal(legion.Id, s.Speaker);
    }

    [SeedsFact]
    public void Reconcile_SignatureClaimedByPonomarevDeniedByTheCorps_FactNotSettled()
    {
        var rvc = EntityNamed("Russian Volunteer Corps");
        var ponomarev = EntityNamed("Ilya Ponomarev");
        var said = _s.Record.Statements.Where(x => x.Property == "actor" && x.Value == rvc.Name && x.SubjectName.StartsWith("declaration", StringComparison.Ordinal)).ToList();
        Assert.Contains(said, x => x.Speaker == ponomarev.Id && x.Stance != Stance.Denied);
        Assert.Contains(said, x => x.Speaker == rvc.Id && x.Stance == Stance.Denied);
        var fact = Assert.Single(_s.Record.Facts, f => f.Subject == said[0].Subject && f.Property == "actor" && f.Value == rvc.Name);
        Assert.Contains(fact.Status, new[] { FactStatus.Denied, FactStatus.Contested });
    }
}

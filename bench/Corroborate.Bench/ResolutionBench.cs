using System.Diagnostics;
using Corroborate.Domain;
using Corroborate.Resolution;

namespace Corroborate.Bench;

/// <summary>
/// Resolution at scale: 100,000 generated mentions (persons, organizations, places, with spelling and script variants,
/// bare surnames and codenames) over 10,000 documents, resolved in one pass. Prints time, rate and memory.
/// </summary>
public static class ResolutionBench
{
    private static readonly string[] Given = ["Ivan", "Pavel", "Oleg", "Sergei", "Anna", "Olga", "Dmitry", "Yuri", "Maria", "Andrei"];
    private static readonly string[] GivenCyr = ["Иван", "Павел", "Олег", "Сергей", "Анна", "Ольга", "Дмитрий", "Юрий", "Мария", "Андрей"];
    private static readonly string[] Roots = ["Merkul", "Vasnets", "Petr", "Sidor", "Kozl", "Bel", "Orl", "Sokol", "Volk", "Zaits", "Medved", "Lebed", "Gus", "Kuznets", "Popov"];
    private static readonly string[] RootsCyr = ["Меркул", "Васнец", "Петр", "Сидор", "Козл", "Бел", "Орл", "Сокол", "Волк", "Зайц", "Медвед", "Лебед", "Гус", "Кузнец", "Попов"];
    private static readonly string[] Places = ["Kozinka", "Grayvoron", "Shebekino", "Belgorod", "Kharkiv", "Kursk", "Sumy", "Kupiansk", "Vovchansk", "Bryansk"];
    private static readonly string[] OrgWords = ["Northern", "Eastern", "Black", "White", "Steppe", "Free", "Volunteer", "National"];
    private static readonly string[] OrgHeads = ["Battalion", "Legion", "Corps", "Brigade", "Company"];

    public static int Run(int mentions = 100_000)
    {
        var rng = new Random(42);
        var docs = new List<ExtractedDocument>();
        var total = 0;
        for (var d = 0; total < mentions; d++)
        {
            var list = new List<Mention>();
            for (var k = 0; k < 10 && total < mentions; k++, total++)
            {
                var (kind, name) = rng.Next(3) switch
                {
                    0 => Person(rng),
                    1 => (MentionKind.Organization, $"{OrgWords[rng.Next(OrgWords.Length)]} {OrgWords[rng.Next(OrgWords.Length)]} {OrgHeads[rng.Next(OrgHeads.Length)]} {rng.Next(40)}"),
                    _ => (MentionKind.Place, Places[rng.Next(Places.Length)]),
                };
                list.Add(new Mention(list.Count, new Span(k * 10, k * 10 + 5), kind, name, name, 0));
            }
            var doc = new Document($"doc{d}", new string('x', 200), null, "Bench", null, "en", null, "bench", "text");
            docs.Add(new ExtractedDocument(doc, list, [], [], [], null));
        }
        var resolver = Resolver.CreateDefault();
        resolver.Resolve(docs.Take(10)); // load the gazetteer and lexicons outside the measurement
        var timer = Stopwatch.StartNew();
        var result = resolver.Resolve(docs);
        var seconds = timer.Elapsed.TotalSeconds;
        Console.WriteLine($"resolution: {total:N0} mentions in {docs.Count:N0} documents → {result.Entities.Count:N0} entities in {seconds:F1} s ({total / seconds:N0} mentions/s) · peak memory {Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0:F0} MB");
        return 0;
    }

    private static (MentionKind, string) Person(Random rng)
    {
        var g = rng.Next(Given.Length);
        var r = rng.Next(Roots.Length);
        var suffix = rng.Next(3) switch { 0 => "ov", 1 => "ev", _ => "in" };
        var suffixCyr = suffix switch { "ov" => "ов", "ev" => "ев", _ => "ин" };
        var female = g is 4 or 5 or 8;
        return rng.Next(4) switch
        {
            0 => (MentionKind.Person, $"{GivenCyr[g]} {RootsCyr[r]}{suffixCyr}{(female ? "а" : "")}"),
            1 => (MentionKind.Person, $"{Roots[r]}{suffix}{(female ? "a" : "")}"),
            _ => (MentionKind.Person, $"{Given[g]} {Roots[r]}{suffix}{(female ? "a" : "")}"),
        };
    }
}

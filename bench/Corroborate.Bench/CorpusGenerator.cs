using System.Text;

namespace Corroborate.Bench;

/// <summary>
/// Writes a synthetic corpus of news-like reports in EN/RU/UK (fictional groups and people, real places), deterministic
/// for a seed, so that ingest figures are comparable run to run.
/// </summary>
public static class CorpusGenerator
{
    private static readonly string[] Groups = ["Northern Freedom Battalion", "Black Raven Company", "Eastern Shield Legion", "Steppe Volunteer Corps"];
    private static readonly string[] GroupsRu = ["батальон «Северная свобода»", "рота «Чёрный ворон»", "легион «Восточный щит»"];
    private static readonly string[] GroupsUk = ["батальйон «Північна свобода»", "рота «Чорний ворон»", "легіон «Східний щит»"];
    private static readonly string[] People = ["Pavel Merkulov", "Oleg Vasnetsov", "Ivan Petrov", "Sergei Lebedev", "Anna Kovaleva"];
    private static readonly string[] PeopleRu = ["Павел Меркулов", "Олег Васнецов", "Иван Петров"];
    private static readonly string[] PeopleUk = ["Павло Меркулов", "Олег Васнєцов", "Іван Петров"];
    private static readonly string[] Places = ["Kozinka", "Grayvoron", "Shebekino", "Belgorod", "Kharkiv", "Vovchansk", "Kupiansk", "Sumy"];
    private static readonly string[] PlacesRu = ["Козинке", "Грайвороне", "Шебекино", "Белгороде", "Харькове"];
    private static readonly string[] PlacesUk = ["Козинці", "Грайвороні", "Шебекиному", "Бєлгороді", "Харкові"];
    private static readonly string[] Outlets = ["The Border Courier", "Eastern Wire", "Slobozhanshchyna Today", "The Test Gazette", "Morning Ledger"];
    private static readonly string[] MonthsEn = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly string[] MonthsRu = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];
    private static readonly string[] MonthsUk = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"];

    // Many-actor mode: English reports draw groups, people and places from combinations, so that a large corpus has
    // thousands of actors, as a real archive does, instead of a handful mentioned 100,000 times.
    private static readonly string[] Adjectives = ["Northern", "Black", "Eastern", "Steppe", "Free", "Iron", "Red", "White", "Border", "Silent", "Grey", "Southern"];
    private static readonly string[] Nouns = ["Freedom", "Raven", "Shield", "Wolf", "Falcon", "Storm", "River", "Oak", "Hawk", "Bear", "Dawn", "Thunder"];
    private static readonly string[] Units = ["Battalion", "Company", "Legion", "Volunteer Corps", "Brigade"];
    private static readonly string[] FirstNames = ["Pavel", "Oleg", "Ivan", "Sergei", "Anna", "Dmitry", "Andriy", "Mykola", "Yuri", "Olena", "Viktor", "Taras", "Maxim", "Irina",
        "Bohdan", "Roman", "Artem", "Denis", "Kirill", "Vasyl", "Natalia", "Petro", "Stepan", "Igor", "Leonid", "Mikhail", "Arseniy", "Yaroslav", "Fyodor", "Zinaida"];
    private static readonly string[] Surnames = ["Merkulov", "Vasnetsov", "Petrov", "Lebedev", "Kovaleva", "Melnyk", "Shevchenko", "Bondarenko", "Tkachenko", "Kravets",
        "Orlov", "Sokolov", "Volkov", "Morozov", "Zaitsev", "Pavlenko", "Hrytsenko", "Kuzmenko", "Savchenko", "Rudenko", "Tarasov", "Belov", "Gusev", "Antonov",
        "Fedorov", "Marchenko", "Lysenko", "Polishchuk", "Karpenko", "Yakovlev", "Nikitin", "Gromov", "Klimenko", "Ostapenko", "Danilov", "Zhukov", "Sidorenko", "Levchenko", "Frolov", "Demchenko"];
    private static readonly string[] ManyPlaces = ["Kozinka", "Grayvoron", "Shebekino", "Belgorod", "Kharkiv", "Vovchansk", "Kupiansk", "Sumy", "Kursk", "Bryansk", "Sudzha",
        "Tetkino", "Glotovo", "Valuyki", "Novaya Tavolzhanka", "Zolochiv", "Chuhuiv", "Izium", "Lyman", "Bakhmut", "Kramatorsk", "Sloviansk", "Pokrovsk", "Avdiivka",
        "Kherson", "Mykolaiv", "Zaporizhzhia", "Melitopol", "Nikopol", "Okhtyrka", "Konotop", "Shostka", "Chernihiv", "Horlivka", "Donetsk", "Luhansk", "Severodonetsk", "Lysychansk", "Oskol", "Rylsk"];

    public static (long Bytes, int Files) Write(string folder, int count, int seed = 20231014, bool manyActors = false)
    {
        Directory.CreateDirectory(folder);
        var rng = new Random(seed);
        long bytes = 0;
        for (var i = 0; i < count; i++)
        {
            T Pick<T>(T[] a) => a[rng.Next(a.Length)];
            var day = rng.Next(1, 28);
            var month = rng.Next(1, 13);
            var year = 2022 + rng.Next(3);
            var killed = rng.Next(0, 9);
            var lang = (i % 10) switch { < 6 => "en", < 8 => "ru", _ => "uk" };
            var sb = new StringBuilder();
            sb.Append($"Title: Report {i}\nPublisher: {Pick(Outlets)}\nURL: https://example.org/r/{i}\nDate: {year}-{month:D2}-{Math.Min(28, day + 1):D2}\nLanguage: {lang}\n\n");
            switch (lang)
            {
                case "en":
                    string Group() => manyActors ? $"{Pick(Adjectives)} {Pick(Nouns)} {Pick(Units)}" : Pick(Groups);
                    string Person() => manyActors ? $"{Pick(FirstNames)} {Pick(Surnames)}" : Pick(People);
                    string Place() => manyActors ? Pick(ManyPlaces) : Pick(Places);
                    var g = Group();
                    sb.Append($"The {g} raided the village of {Place()} on {day} {MonthsEn[month - 1]} {year}, according to {Pick(Outlets)}. ");
                    sb.Append($"The group's commander {Person()}, a {30 + rng.Next(30)}-year-old former teacher, said {killed} fighters were killed. ");
                    sb.Append($"Officials said at least {rng.Next(1, 12)} people were injured in the attack.\n\n");
                    sb.Append($"The {g} was formed in {MonthsEn[rng.Next(12)]} 2022 and consists of {rng.Next(1, 4)} battalions, its spokesperson {Person()} said. ");
                    sb.Append($"Residents of {Place()} reportedly heard explosions overnight. Drone strikes hit {Place()} the next day.\n");
                    break;
                case "ru":
                    sb.Append($"{day} {MonthsRu[month - 1]} {year} года {Pick(GroupsRu)} атаковал позиции в {Pick(PlacesRu)}, сообщает {Pick(Outlets)}. ");
                    sb.Append($"Командир подразделения {Pick(PeopleRu)} заявил, что погибли {killed} бойцов. ");
                    sb.Append($"По данным властей, ранены несколько мирных жителей.\n\nОбстрел продолжался несколько часов.\n");
                    break;
                default:
                    sb.Append($"{day} {MonthsUk[month - 1]} {year} року {Pick(GroupsUk)} здійснив рейд у {Pick(PlacesUk)}, повідомляє {Pick(Outlets)}. ");
                    sb.Append($"Командир {Pick(PeopleUk)} заявив, що загинули {killed} бійців. ");
                    sb.Append($"За даними місцевої влади, поранено кількох цивільних.\n");
                    break;
            }
            var path = Path.Combine(folder, $"{i / 1000:D3}", $"report-{i:D6}.txt");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var text = sb.ToString();
            File.WriteAllText(path, text);
            bytes += Encoding.UTF8.GetByteCount(text);
        }
        return (bytes, count);
    }
}

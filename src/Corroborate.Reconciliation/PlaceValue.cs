using Corroborate.Domain;

namespace Corroborate.Reconciliation;

/// <summary>
/// A place as a fact's value, with its hierarchy: "Shebekino (settlement, Belgorod Oblast, RU)",
/// "Belgorod Oblast (region, RU)", "Russia (country, RU)". A place the gazetteer did not resolve is its name alone.
/// Written and read back, so that facts can tell a place from one inside it.
/// </summary>
public readonly record struct PlaceValue(string Name, string? Precision, string? Admin1, string? Country)
{
    public static PlaceValue Of(Entity place) =>
        place.Place is { } p ? new(place.Name, p.Precision, p.Admin1, p.Country) : new(place.Name, null, null, null);

    /// <summary>True when this is a region or country that holds <paramref name="inner"/> (a region holds its districts and settlements).</summary>
    public bool Contains(PlaceValue inner)
    {
        if (Precision is null || inner.Precision is null || Country != inner.Country) return false;
        return Precision == "country" ? inner.Precision != "country"
            : Precision is "region" or "district" && Admin1 is not null && Admin1 == inner.Admin1 && inner.Precision != Precision;
    }

    public override string ToString()
    {
        if (Precision is null) return Name;
        var parts = new List<string> { Precision };
        if (Admin1 is not null && Admin1 != Name) parts.Add(Admin1);
        if (Country is not null) parts.Add(Country);
        return $"{Name} ({string.Join(", ", parts)})";
    }

    public static PlaceValue Parse(string value)
    {
        var open = value.LastIndexOf(" (", StringComparison.Ordinal);
        if (open < 0 || !value.EndsWith(')')) return new(value, null, null, null);
        var name = value[..open];
        var parts = value[(open + 2)..^1].Split(", ");
        return parts.Length switch
        {
            3 => new(name, parts[0], parts[1], parts[2]),
            // A region is its own first-level division.
            2 => new(name, parts[0], parts[0] == "region" ? name : null, parts[1]),
            _ => new(value, null, null, null),
        };
    }
}

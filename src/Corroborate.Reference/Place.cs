using Corroborate.Domain;

namespace Corroborate.Reference;

/// <summary>A GeoNames place: of the compact gazetteer shipped in Data/places.tsv.gz, or of the world's places installed at setup.</summary>
public sealed record Place(long Id, string Name, double Lat, double Lon, string Country, string Admin1, string FeatureCode, long Population)
{
    public string Precision => FeatureCode switch
    {
        "CONT" => "continent",
        "PCLI" => "country",
        "ADM1" => "region",
        "ADM2" or "ADM3" => "district",
        "RGN" or "PLN" => "region",
        _ when IsNaturalFeature => "feature",
        _ => "settlement",
    };

    /// <summary>A sea, river, lake, range, desert, island or region of world-features.tsv, not a settlement or an area.</summary>
    public bool IsNaturalFeature => FeatureCode is "OCN" or "SEA" or "GULF" or "STRT" or "STM" or "LK" or "MTS" or "DSRT" or "PEN" or "ISL" or "ISLS" or "RGN" or "PLN" or "CNL";

    /// <summary>Rank for "most specific first": settlements, districts, regions, countries.</summary>
    public int PrecisionRank => Precision switch { "settlement" => 0, "district" => 1, "region" => 2, "country" or "feature" => 3, _ => 4 };

    public PlaceInfo ToInfo(Gazetteer g) => new(Id, Lat, Lon, Country, g.Admin1Name(Country, Admin1), Precision);

    /// <summary>Great-circle distance in kilometres.</summary>
    public double KilometresTo(Place other)
    {
        const double R = 6371.0, Rad = Math.PI / 180;
        var dLat = (other.Lat - Lat) * Rad;
        var dLon = (other.Lon - Lon) * Rad;
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(Lat * Rad) * Math.Cos(other.Lat * Rad) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * R * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}

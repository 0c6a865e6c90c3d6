using System.Reflection;

namespace Corroborate.Reference;

/// <summary>
/// The gazetteer's indexes as one binary file, so that a process does not compute a million name keys again: written
/// after the first load into the temporary folder, named after this build of the code that computes the keys and
/// after the world's places file it read. Any problem with it means a full load, never an error.
/// </summary>
public sealed partial class Gazetteer
{
    private const int CacheFormat = 1;

    public static Gazetteer LoadCached(Assembly owner, string? worldPlaces)
    {
        var path = CachePath(owner, worldPlaces);
        if (path is not null && File.Exists(path))
        {
            try { return ReadCache(path); }
            catch (Exception e) when (e is IOException or EndOfStreamException or InvalidDataException or UnauthorizedAccessException) { }
        }
        var g = Load(owner, worldPlaces);
        if (path is not null) TryWriteCache(g, path);
        return g;
    }

    private static string? CachePath(Assembly owner, string? worldPlaces)
    {
        var stamp = $"{owner.ManifestModule.ModuleVersionId:N}";
        if (worldPlaces is not null)
        {
            var info = new FileInfo(worldPlaces);
            stamp += $"-{info.Length:x}-{info.LastWriteTimeUtc.Ticks:x}";
        }
        return Path.Combine(Path.GetTempPath(), "corroborate-cache", $"gazetteer-{stamp}.bin");
    }

    private static void TryWriteCache(Gazetteer g, string path)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            // Older builds' caches go, but not the few latest: a test build and a release build may take turns.
            foreach (var old in new DirectoryInfo(Path.GetDirectoryName(path)!).EnumerateFiles("gazetteer-*.bin").OrderByDescending(f => f.LastWriteTimeUtc).Skip(3))
                try { old.Delete(); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            var temp = path + "." + Environment.ProcessId + ".tmp";
            using (var w = new BinaryWriter(File.Create(temp)))
                g.WriteTo(w);
            try { File.Move(temp, path, overwrite: false); }
            catch (IOException) { File.Delete(temp); } // another process wrote it first
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }

    private IEnumerable<Dictionary<string, List<int>>> Maps() =>
        [_byKey, _byStem, _worldByKey, _worldByStem, _byLooseStem, _regionCores, _districtCores];

    private void WriteTo(BinaryWriter w)
    {
        w.Write(CacheFormat);
        w.Write(HasWorld);
        w.Write(_places.Count);
        foreach (var p in _places)
        {
            w.Write(p.Id); w.Write(p.Name); w.Write(p.Lat); w.Write(p.Lon); w.Write(p.Country); w.Write(p.Admin1); w.Write(p.FeatureCode); w.Write(p.Population);
        }
        foreach (var map in Maps())
        {
            w.Write(map.Count);
            foreach (var (key, list) in map)
            {
                w.Write(key);
                w.Write(list.Count);
                foreach (var i in list) w.Write(i);
            }
        }
        w.Write(_admin1Names.Count);
        foreach (var (code, name) in _admin1Names) { w.Write(code); w.Write(name); }
    }

    private static Gazetteer ReadCache(string path)
    {
        using var r = new BinaryReader(new BufferedStream(File.OpenRead(path), 1 << 16));
        if (r.ReadInt32() != CacheFormat) throw new InvalidDataException("another cache format");
        var g = new Gazetteer { HasWorld = r.ReadBoolean() };
        var count = r.ReadInt32();
        for (var k = 0; k < count; k++)
            g.AddPlace(new Place(r.ReadInt64(), r.ReadString(), r.ReadDouble(), r.ReadDouble(), string.Intern(r.ReadString()), string.Intern(r.ReadString()), string.Intern(r.ReadString()), r.ReadInt64()));
        foreach (var map in g.Maps())
        {
            var entries = r.ReadInt32();
            map.EnsureCapacity(entries);
            for (var k = 0; k < entries; k++)
            {
                var key = r.ReadString();
                var list = new List<int>(r.ReadInt32());
                for (var i = list.Capacity; i > 0; i--) list.Add(r.ReadInt32());
                map[key] = list;
            }
        }
        var names = r.ReadInt32();
        for (var k = 0; k < names; k++) g._admin1Names[r.ReadString()] = r.ReadString();
        return g;
    }
}

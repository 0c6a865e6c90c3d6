using System.Reflection;
using System.Runtime.CompilerServices;
using Corroborate.Domain;

namespace Corroborate.Tests.Domain;

/// <summary>Design rule: the domain model is immutable (public properties are get-only or init-only).</summary>
public sealed class DomainImmutabilityTests
{
    private static IEnumerable<Type> DomainTypes() =>
        typeof(Document).Assembly.GetExportedTypes()
            .Where(t => (t.IsClass || t.IsValueType) && !t.IsEnum && !(t.IsAbstract && t.IsSealed));

    private static IEnumerable<string> MutableProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            .Where(p => p.SetMethod is { IsPublic: true } setter
                        && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
            .Select(p => $"{type.Name}.{p.Name}");

    [Fact]
    public void DomainTypes_PublicProperties_HaveNoPublicSetterOtherThanInit()
    {
        var mutable = DomainTypes().SelectMany(MutableProperties).ToList();

        Assert.Empty(mutable);
    }

    [Fact]
    public void DomainTypes_Scan_IncludesRecordsAndSkipsStaticClassesAndEnums()
    {
        var types = DomainTypes().ToList();

        Assert.Contains(typeof(Document), types);
        Assert.Contains(typeof(Mention), types);
        Assert.Contains(typeof(DateValue), types);
        Assert.DoesNotContain(typeof(Json), types);
        Assert.DoesNotContain(typeof(FactStatus), types);
    }

    private sealed class Settable { public int Value { get; set; } }

    private sealed class InitOnly { public int Value { get; init; } }

    [Fact]
    public void MutableProperties_SettableAndInitOnly_FlagsOnlySettable()
    {
        Assert.Equal(new[] { "Settable.Value" }, MutableProperties(typeof(Settable)));
        Assert.Empty(MutableProperties(typeof(InitOnly)));
    }
}

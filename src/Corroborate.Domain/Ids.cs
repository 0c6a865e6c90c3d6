using System.Security.Cryptography;
using System.Text;

namespace Corroborate.Domain;

/// <summary>Content-hashed ids: the same input always yields the same id.</summary>
public static class Ids
{
    public static string Of(string prefix, params string?[] parts)
    {
        var joined = string.Join('\u001f', parts.Select(p => p ?? ""));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(joined));
        return prefix + "_" + Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }
}

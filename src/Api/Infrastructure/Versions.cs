using Microsoft.Net.Http.Headers;

namespace ConseilsCitoyens.Api.Infrastructure;

/// <summary>
/// A stream's version travels as a strong ETag ("7"); a write that sends it back in If-Match is
/// refused with 412 when the stream has moved on since the client read it.
/// </summary>
internal static class Versions
{
    public static string ToETag(long version) => $"\"{version}\"";

    public static void WriteETag(this HttpResponse response, long version) => response.Headers.ETag = ToETag(version);

    /// <summary>Null when the client sent no If-Match (or "*"): the write then checks only against what it read.</summary>
    public static long? ExpectedVersion(string? ifMatch)
    {
        if (string.IsNullOrWhiteSpace(ifMatch) || ifMatch.Trim() == "*")
            return null;
        if (EntityTagHeaderValue.TryParse(ifMatch.Trim(), out var tag) && !tag.IsWeak
            && long.TryParse(tag.Tag.AsSpan(1, tag.Tag.Length - 2), out var version) && version >= 0)
            return version;
        throw new MalformedRequest("If-Match", $"'{ifMatch}' is not a version ETag such as \"3\".");
    }

    public static void CheckExpected(long? expected, long actual, string what)
    {
        if (expected is { } version && version != actual)
            throw new PreconditionFailed($"{what} is at version {actual}, not {version}: read it again, then retry.");
    }
}

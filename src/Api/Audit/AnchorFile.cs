using System.Text.Json;
using ConseilsCitoyens.Domain.Audit;
using ConseilsCitoyens.Projections.Serialization;

namespace ConseilsCitoyens.Api.Audit;

/// <summary>Anchors as auditors keep them: one JSON object a line, as audit-anchor prints and GET /audit/anchor answers.</summary>
internal static class AnchorFile
{
    public static readonly JsonSerializerOptions Json = new JsonSerializerOptions(JsonSerializerDefaults.Web).ApplyConseilsConventions();

    public static string Line(AuditAnchor anchor) => JsonSerializer.Serialize(anchor, Json);

    /// <returns>The anchors, or the reason the file cannot be trusted.</returns>
    public static (IReadOnlyList<AuditAnchor> Anchors, string? Problem) Read(string path, SealKey key)
    {
        if (!File.Exists(path))
            return ([], $"no anchor file at {path}");
        var anchors = new List<AuditAnchor>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            AuditAnchor? anchor;
            try
            {
                anchor = JsonSerializer.Deserialize<AuditAnchor>(line, Json);
            }
            catch (JsonException e)
            {
                return ([], $"{path} line {number} is not an anchor: {e.Message}");
            }
            if (anchor is null || !anchor.IsSignedBy(key))
                return ([], $"{path} line {number} is not an anchor signed with this deployment's seal key");
            anchors.Add(anchor);
        }
        return anchors.Count == 0 ? ([], $"{path} holds no anchor") : (anchors, null);
    }
}

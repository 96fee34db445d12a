using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Common;

namespace ConseilsCitoyens.Api.Councils;

/// <summary>What a council command answers: the new version (also the ETag) and the warnings of soft rules it raised.</summary>
public sealed record CouncilWritten(Guid CouncilId, long Version, IReadOnlyList<WarningResponse> Warnings)
{
    internal static CouncilWritten From<TState>(Guid councilId, StreamWrite<TState> write, HttpResponse response)
    {
        response.WriteETag(write.Version);
        return new CouncilWritten(councilId, write.Version, WarningResponse.Of(write.Events));
    }
}

public sealed record WarningResponse(int Rule, string Code, string Message)
{
    public static IReadOnlyList<WarningResponse> Of(IEnumerable<object> events) =>
        events.OfType<ComplianceWarningRecorded>().Select(w => new WarningResponse(w.Rule, w.Code, w.Message)).ToArray();
}

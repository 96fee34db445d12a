using ConseilsCitoyens.Api.Infrastructure;

namespace ConseilsCitoyens.Api.Councils;

/// <summary>What a council command answers: the new version (also the ETag) and the warnings of soft rules it raised.</summary>
public sealed record CouncilWritten(Guid CouncilId, long Version, IReadOnlyList<ComplianceWarningResponse> Warnings)
{
    internal static CouncilWritten From<TState>(Guid councilId, StreamWrite<TState> write, HttpResponse response)
    {
        response.WriteETag(write.Version);
        return new CouncilWritten(councilId, write.Version, ComplianceWarningResponse.Of(write.Events));
    }
}

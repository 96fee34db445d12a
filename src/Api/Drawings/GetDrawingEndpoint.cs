using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Drawings;
using Marten;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Drawings;

public static class GetDrawingEndpoint
{
    [WolverineGet("/drawings/{id}")]
    [Tags("Drawings")]
    [EndpointSummary("Read a drawing: its record, who is called, accepted, refused, the substitutes left, and its version as ETag")]
    public static async Task<DrawingResponse> Get(Guid id, IQuerySession session, HttpResponse response, CancellationToken ct)
    {
        var drawing = await session.LoadAsync<Drawing>(id, ct) ?? throw new ResourceNotFound($"Drawing {id}");
        response.WriteETag(drawing.Version);
        return DrawingResponse.From(drawing);
    }
}

using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Conventions;
using Marten;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Conventions;

public static class ListConventionsEndpoint
{
    [WolverineGet("/conventions")]
    [Tags("Conventions")]
    [EndpointSummary("List the conventions of objectives, paged by id, each with its targets and version")]
    public static async Task<Page<ConventionResponse>> Get(string? after, string? limit, IQuerySession session, CancellationToken ct) =>
        Paging.Of(await session.Query<Convention>().ToListAsync(ct), c => Paging.Key(c.Id), after, limit, ConventionResponse.From);
}

using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ConseilsCitoyens.Api.Infrastructure.OpenApi;

/// <summary>
/// What the document says of itself: title, purpose, contact and licence (configurable under
/// OpenApi:), a server address without a trailing slash (clients append paths to it), and what
/// each tag groups.
/// </summary>
internal sealed class DocumentIdentity(IConfiguration configuration) : IOpenApiDocumentTransformer
{
    private static readonly Dictionary<string, string> Tags = new(StringComparer.Ordinal)
    {
        ["Activity"] = "A facilitator's time by activity and the residents they reached.",
        ["Audit"] = "The event log for auditors: filtered pages, JSON-lines export, who held which role, hash-chain verification and seals.",
        ["Conventions"] = "The convention of objectives: its yearly targets and their revisions.",
        ["Councils"] = "A citizen council's life: creation, members joining and leaving, quartiers, hosting, internal rules, prefectoral orders, status, parameters.",
        ["Drawings"] = "Drawings by lot of residents: the draw from several lists, the answers of the called candidates, the verification from the seed.",
        ["Immersions"] = "Facilitators' immersions with partners.",
        ["Indicators"] = "The written, versioned definition of every indicator.",
        ["Initiatives"] = "Initiatives a council carries, the support they receive, their completion or drop.",
        ["Interpellations"] = "Interpellations of the city contract's partners, stage by stage (law of 2017).",
        ["Meetings"] = "Council meetings: planning, agenda, attendance register, held or cancelled.",
        ["Partners"] = "The programme's institutional and local partners.",
        ["People"] = "Personal details kept apart from the events: reading, right of access, erasure.",
        ["Proposals"] = "Opinions and proposals with the majority position and dissent, and the answers they receive.",
        ["Quartiers"] = "Reference data: priority neighbourhoods (QPV) of both maps, the official list's import, a quartier's replay.",
        ["Reports"] = "Indicators per council, quartier, arrondissement or programme over a period, as JSON, French CSV or dashboard.",
        ["Roadmaps"] = "Facilitators' roadmaps: actions planned, started, done or dropped.",
        ["Steering sessions"] = "Sessions of the city contract's steering bodies and the council's participation.",
        ["Team"] = "The programme's team: recruitment, trainings, assignments to councils, departure, coverage and vacancies.",
        ["Territory diagnostics"] = "A quartier's territory diagnostic, versioned.",
    };

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "ConseilsCitoyens API",
            Version = "1",
            Description =
                "Records the life of Paris's citizen councils and the programme that supports them, as events, and computes " +
                "the indicators evaluators and sponsors read. Writes are POST commands: send the ETag you read in If-Match, " +
                "and an Idempotency-Key to retry safely. Every error is an RFC 9457 problem with a stable code. " +
                "Dates are ISO dates (business dates, Europe/Paris); instants are ISO instants.",
            Contact = new OpenApiContact
            {
                Name = configuration["OpenApi:ContactName"] ?? "ConseilsCitoyens",
                Email = configuration["OpenApi:ContactEmail"],
                Url = Uri.TryCreate(configuration["OpenApi:ContactUrl"], UriKind.Absolute, out var contact) ? contact : null,
            },
            License = new OpenApiLicense
            {
                Name = configuration["OpenApi:LicenseName"] ?? "Proprietary",
                // An SPDX identifier; LicenseRef- names a licence that SPDX does not list.
                Identifier = configuration["OpenApi:LicenseIdentifier"] ?? "LicenseRef-Proprietary",
            },
        };
        foreach (var server in document.Servers ?? [])
            server.Url = server.Url?.TrimEnd('/');
        foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
            tag.Description ??= Tags.GetValueOrDefault(tag.Name!);
        return Task.CompletedTask;
    }
}

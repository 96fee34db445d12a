using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Quartiers;
using Marten;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Quartiers;

public static class ImportQuartiersEndpoint
{
    // The body's size is bounded once, for every endpoint, by BodyLimits (413).
    [WolverinePost("/quartiers/imports")]
    [Tags("Quartiers")]
    [EndpointSummary("Import an official QPV list (CSV, UTF-8) of one map generation, all or nothing")]
    [EndpointDescription("Query: generation (qpv2015|qpv2024), validFrom, optional validUntil, optional codeColumn/nameColumn/arrondissementColumn (default code_qp, nom_qp, insee_com). Body: the CSV file. A file with lines in error is refused whole with the list of lines (422).")]
    public static async Task<QpvImportResult> Post(
        HttpRequest request, IDocumentSession session, CancellationToken ct,
        string? generation = null, string? validFrom = null, string? validUntil = null,
        string? codeColumn = null, string? nameColumn = null, string? arrondissementColumn = null)
    {
        var settings = new QpvImportSettings(ParseGeneration(generation), QueryDates.Required(validFrom, "validFrom"), QueryDates.Parse(validUntil, "validUntil"));
        var defaults = new QpvColumns();
        var columns = new QpvColumns(codeColumn ?? defaults.Code, nameColumn ?? defaults.Name, arrondissementColumn ?? defaults.Arrondissement);

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);

        return await QpvImporter.Import(session, settings, QpvFile.Read(buffer.ToArray(), columns), ct);
    }

    internal static MapGeneration ParseGeneration(string? value) =>
        MapGenerations.TryParse(value, out var generation)
            ? generation
            : throw new MalformedRequest("generation", $"'{value}' is not a map generation: qpv2015 or qpv2024.");
}

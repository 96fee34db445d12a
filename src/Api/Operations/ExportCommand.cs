using System.Diagnostics;
using System.Text.Json;
using ConseilsCitoyens.Api.Conventions;
using ConseilsCitoyens.Api.Evaluation;
using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Api.Reports;
using ConseilsCitoyens.Api.Roadmaps;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Indicators;
using ConseilsCitoyens.Domain.Quartiers;
using JasperFx.CommandLine;
using Marten;
using Microsoft.Extensions.Options;

namespace ConseilsCitoyens.Api.Operations;

public sealed class ExportInput : CityInput
{
    [Description("Folder to write into (created when missing; files of the same names are replaced)")]
    [FlagAlias("to", true)]
    public string ToFlag { get; set; } = "";

    [Description("Calendar year of the reports, e.g. 2018 (default: the current year)")]
    [FlagAlias("year", true)]
    public string? YearFlag { get; set; }

    [Description("Read the views as they stood on this date, e.g. 2018-06-30")]
    [FlagAlias("asOf", true)]
    public string? AsOfFlag { get; set; }

    [Description("Count only the events recorded by this instant, e.g. 2019-03-01T09:00:00Z, to write the views again as published then (default: now; the year and asOf default to its day)")]
    [FlagAlias("as-known-at", true)]
    public string? AsKnownAtFlag { get; set; }

    /// <summary>The year it is in Paris (business dates are Paris dates), not in UTC: on New Year's Eve they differ for an hour or two.</summary>
    public static string DefaultYear(NodaTime.Instant now) =>
        ProgrammeCalendar.Today(now).Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

[Description("Writes every view (programme, each arrondissement, each council, the roadmaps, the evaluation) as French CSV and JSON, the API's own formats", Name = "export")]
public sealed class ExportCommand : JasperFxAsyncCommand<ExportInput>
{
    private static async Task<(byte[] Csv, object Json)?> Report(Task<ComputedReport> read, int suppressBelow)
    {
        var report = await read;
        return (ReportCsv.Write(report, suppressBelow), ReportResponse.Of(report, suppressBelow));
    }

    public override async Task<bool> Execute(ExportInput input)
    {
        if (string.IsNullOrWhiteSpace(input.ToFlag))
        {
            Console.Error.WriteLine("export: give the folder to write into with --to <dir>.");
            return false;
        }
        using var host = input.BuildHost();
        if (!input.NamesAServedCity(host.Services, "export"))
            return false;
        var services = host.Services;
        await using var session = services.GetRequiredService<IDocumentStore>().QuerySession(input.TenantFlag);
        ReportPeriod period;
        KnownStates states;
        try
        {
            states = await KnownStates.Read(session, input.AsKnownAtFlag, services.GetRequiredService<NodaTime.IClock>(), CancellationToken.None);
            var year = input.YearFlag ?? states.Today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
            period = ReportPeriods.Parse(null, null, year, null, null, input.AsOfFlag);
        }
        catch (Infrastructure.MalformedRequest e)
        {
            Console.Error.WriteLine($"export: {e.Message}");
            return false;
        }

        var watch = Stopwatch.StartNew();
        var configuration = services.GetRequiredService<IConfiguration>();
        var json = services.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        var ct = CancellationToken.None;
        var councils = (await states.Query<Council>(ct)).Select(c => c.Id).Order().ToArray();
        var arrondissements = (await states.Query<Quartier>(ct)).Select(q => q.ArrondissementCode).Distinct().Order().ToArray();
        var suppressBelow = Exports.SuppressBelow(configuration);
        // Each view is written by the API's own writers: (CSV bytes, JSON answer), or null when it does not exist.
        var views = new List<(string Name, Func<Task<(byte[] Csv, object Json)?>> Read)>
        {
            ("programme", () => Report(states.ProgrammeReport(null, period, ct), suppressBelow)),
        };
        views.AddRange(arrondissements.Select(a => ($"arrondissement-{a}", (Func<Task<(byte[], object)?>>)(() => Report(states.ProgrammeReport(a, period, ct), suppressBelow)))));
        views.AddRange(councils.Select(c => ($"conseil-{c}", (Func<Task<(byte[], object)?>>)(() => Report(states.CouncilReport(c, period, ct), suppressBelow)))));
        views.Add(("feuilles-de-route", async () =>
        {
            var roadmaps = await states.RoadmapView(null, null, period.To, ct);
            return (RoadmapViewCsv.Write(roadmaps), roadmaps);
        }));
        views.Add(("evaluation", async () =>
        {
            if (await states.ProgrammeConvention(ct) is null)
                return null;
            var evaluation = await states.Evaluation(null, null, period.To, ct);
            return (EvaluationCsv.Write(evaluation), EvaluationResponse.Of(evaluation));
        }));

        var folder = Directory.CreateDirectory(input.ToFlag);
        var done = 0;
        var written = 0;
        foreach (var (name, read) in views)
        {
            if (await read() is { } view)
            {
                await File.WriteAllBytesAsync(Path.Combine(folder.FullName, name + ".csv"), view.Csv, ct);
                await File.WriteAllBytesAsync(Path.Combine(folder.FullName, name + ".json"), JsonSerializer.SerializeToUtf8Bytes(view.Json, view.Json.GetType(), json), ct);
                written++;
            }
            Console.Write($"\rexport: {++done}/{views.Count} views");
        }
        Console.WriteLine();
        Console.WriteLine($"export: {written} views ({arrondissements.Length} arrondissements, {councils.Length} councils, roadmaps" +
                          $"{(written == views.Count ? ", evaluation" : "; no convention to evaluate")}), " +
                          $"{written * 2} files for {period.From:yyyy-MM-dd}..{period.To:yyyy-MM-dd} as known at {ReportCsv.KnownAt(states.At)} in {folder.FullName} in {watch.Elapsed.TotalSeconds:0.0} s");
        return true;
    }
}

using System.Globalization;
using ConseilsCitoyens.Api.Reports;
using ConseilsCitoyens.Domain.Roadmaps;
using CsvHelper;

namespace ConseilsCitoyens.Api.Roadmaps;

/// <summary>The roadmap view as a French CSV, written like the report's (ReportCsv): one row per action.</summary>
internal static class RoadmapViewCsv
{
    public static readonly string[] Headers =
    [
        "à la date du", "feuille de route", "animateur", "conseil", "action", "intitulé", "type", "statut", "échéance", "rang",
        "priorité du diagnostic", "libellé de la priorité", "données connues au",
    ];

    public static byte[] Write(RoadmapViewResult view)
    {
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, ReportCsv.Options, leaveOpen: true))
        {
            csv.WriteRecord(Headers);
            foreach (var roadmap in view.Roadmaps)
            foreach (var a in roadmap.Actions)
                csv.WriteRecord([
                    ReportCsv.Date(view.AsOf), roadmap.RoadmapId.ToString(), roadmap.FacilitatorId.ToString(), roadmap.CouncilId.ToString(),
                    a.ActionId.ToString(), a.Title, a.Kind == RoadmapActionKind.Project ? "projet" : "action", Status(a.Status),
                    ReportCsv.Date(a.DueOn), a.Rank.ToString(CultureInfo.InvariantCulture), a.Priority.Id.ToString(), a.Priority.Statement ?? "",
                    ReportCsv.KnownAt(view.KnownAt),
                ]);
            csv.Flush();
        }
        return stream.ToArray();
    }

    public static string Status(RoadmapActionStatus status) => status switch
    {
        RoadmapActionStatus.Planned => "prévue",
        RoadmapActionStatus.InProgress => "en cours",
        RoadmapActionStatus.Done => "réalisée",
        RoadmapActionStatus.Dropped => "abandonnée",
        _ => "en retard",
    };
}

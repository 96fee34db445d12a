using System.Globalization;
using ConseilsCitoyens.Api.Reports;
using ConseilsCitoyens.Domain.Indicators;
using CsvHelper;

namespace ConseilsCitoyens.Api.Evaluation;

/// <summary>
/// The evaluation as a French CSV, written like the report's (ReportCsv: UTF-8 with BOM, ';',
/// decimal comma, formula-safe except that a negative gap stays a number): one row per convention year and target ("cible"), then one row per
/// quarter and autonomy indicator ("autonomie").
/// </summary>
internal static class EvaluationCsv
{
    public static readonly string[] Headers =
    [
        "périmètre", "conseil", "arrondissement", "à la date du", "rubrique", "année de convention", "trimestre", "début", "fin",
        "indicateur", "libellé", "cible", "cible en vigueur depuis", "valeur", "écart", "taux d'atteinte", "unité", "version de la définition",
        "données connues au",
    ];

    public static byte[] Write(ComputedEvaluation evaluation)
    {
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, ReportCsv.SignedNumbersOptions, leaveOpen: true))
        {
            csv.WriteRecord(Headers);
            if (!evaluation.Result.HasTargets)
                csv.WriteRecord(NoTargetRow(evaluation));
            foreach (var year in evaluation.Result.Years)
            foreach (var t in year.Targets)
                csv.WriteRecord(Row(evaluation, "cible", year.Year.Number.ToString(CultureInfo.InvariantCulture), "",
                    ReportCsv.Date(year.Year.StartsOn), ReportCsv.Date(year.Measured?.To ?? year.Year.EndsOn), t.Definition,
                    ReportCsv.Number(t.Target), ReportCsv.Date(t.TargetSince), ReportCsv.Number(t.Value), ReportCsv.Number(t.Gap), ReportCsv.Number(t.Attainment)));
            foreach (var point in evaluation.Result.Autonomy)
            {
                decimal?[] values = [point.MeetingsConvenedByMembersShare, point.MeetingsChairedByMembersShare, point.AgendaItemsByMembersShare];
                foreach (var (id, value) in Domain.Indicators.Evaluation.AutonomyIndicators.Zip(values))
                    csv.WriteRecord(Row(evaluation, "autonomie", "", point.Quarter, ReportCsv.Date(point.Period.From), ReportCsv.Date(point.Period.To),
                        IndicatorDefinitions.Of(id), "", "", ReportCsv.Number(value), "", ""));
            }
            csv.Flush();
        }
        return stream.ToArray();
    }

    public static string FileName(ComputedEvaluation e) =>
        $"evaluation-{ReportCsv.Scope(e.Scope.Scope)}{(e.Scope.ArrondissementCode is { } a ? "-" + a : "")}-{e.Result.AsOf:yyyy-MM-dd}.csv";

    /// <summary>Said once, rather than comparing the scope with another scope's targets.</summary>
    private static string[] NoTargetRow(ComputedEvaluation e) =>
    [
        ReportCsv.Scope(e.Scope.Scope), e.Scope.CouncilId?.ToString() ?? "", e.Scope.ArrondissementCode ?? "", ReportCsv.Date(e.Result.AsOf),
        "cible", "", "", "", "", "", "aucune cible pour ce périmètre", "", "", "", "", "", "", "", ReportCsv.KnownAt(e.Scope.KnownAt),
    ];

    private static string[] Row(ComputedEvaluation e, string section, string year, string quarter, string from, string to, IndicatorDefinition d,
        string target, string since, string value, string gap, string attainment) =>
    [
        ReportCsv.Scope(e.Scope.Scope), e.Scope.CouncilId?.ToString() ?? "", e.Scope.ArrondissementCode ?? "", ReportCsv.Date(e.Result.AsOf),
        section, year, quarter, from, to, d.Id, d.Label, target, since, value, gap, attainment, d.Unit, d.Version.ToString(CultureInfo.InvariantCulture),
        ReportCsv.KnownAt(e.Scope.KnownAt),
    ];
}

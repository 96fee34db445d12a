using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Api.Reports;
using JasperFx.CommandLine;
using Marten;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;

namespace ConseilsCitoyens.Api.EvaluationReport;

public sealed class RapportInput : CityInput
{
    [Description("Folder to write rapport.html, rapport.pdf and rapport.json into (created when missing; files of the same names are replaced)")]
    [FlagAlias("to", true)]
    public string ToFlag { get; set; } = "";

    [Description("The convention year to evaluate, 1 to the convention's duration (default: the whole convention)")]
    [FlagAlias("convention-year", true)]
    public string? ConventionYearFlag { get; set; }

    [Description("The business date the figures are computed as of, e.g. 2019-03-31 (default: the day of --as-known-at, else today)")]
    [FlagAlias("asOf", true)]
    public string? AsOfFlag { get; set; }

    [Description("Read the log as it stood at this instant, e.g. 2019-04-15T00:00:00Z: the same instant gives the same HTML and JSON, byte for byte")]
    [FlagAlias("as-known-at", true)]
    public string? AsKnownAtFlag { get; set; }

    [Description("The chromium that prints the PDF (default: CONSEILS_CHROMIUM, else chromium on the PATH; build/chromium.sh installs it)")]
    [FlagAlias("chromium", true)]
    public string? ChromiumFlag { get; set; }
}

[Description("Writes the convention's evaluation report (GET /evaluation/rapport) as HTML and PDF, with every figure in JSON, and prints each file's SHA-256", Name = "rapport")]
public sealed class RapportCommand : JasperFxAsyncCommand<RapportInput>
{
    public override async Task<bool> Execute(RapportInput input)
    {
        if (string.IsNullOrWhiteSpace(input.ToFlag))
            return Refuse("give the folder to write into with --to <dir>.");
        using var host = input.BuildHost();
        if (!input.NamesAServedCity(host.Services, "rapport"))
            return false;
        var services = host.Services;
        var chromium = HeadlessChromium.Find(input.ChromiumFlag);
        if (chromium is null)
            return Refuse($"no chromium{(input.ChromiumFlag is { } named ? $" at {named}" : "")} to print the PDF: build/chromium.sh installs Debian's.");

        EvaluationReportDocument document;
        await using var session = services.GetRequiredService<IDocumentStore>().QuerySession(input.TenantFlag);
        try
        {
            var states = await KnownStates.Read(session, input.AsKnownAtFlag, services.GetRequiredService<IClock>(), CancellationToken.None);
            document = await states.EvaluationReport(input.ConventionYearFlag, input.AsOfFlag,
                Exports.SuppressBelow(services.GetRequiredService<IConfiguration>()), CancellationToken.None);
        }
        catch (MalformedRequest e)
        {
            return Refuse(e.Message);
        }
        catch (ResourceNotFound)
        {
            return Refuse("no convention is signed: there is nothing to evaluate.");
        }

        var folder = Directory.CreateDirectory(input.ToFlag);
        var html = Path.Combine(folder.FullName, "rapport.html");
        var json = Path.Combine(folder.FullName, "rapport.json");
        var pdf = Path.Combine(folder.FullName, "rapport.pdf");
        var options = services.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        await File.WriteAllTextAsync(html, EvaluationReportHtml.Write(document), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        await File.WriteAllBytesAsync(json, JsonSerializer.SerializeToUtf8Bytes(document, options));
        File.Delete(pdf);
        if (await HeadlessChromium.PrintToPdf(chromium, html, pdf) is { } failure)
            return Refuse($"the PDF was not printed: {failure}");

        var known = document.Method.Provenance;
        Console.WriteLine($"rapport: {(document.Period.ConventionYear is { } year ? $"convention year {year}" : "the whole convention")}, " +
                          $"{LocalDatePattern.Iso.Format(document.Period.From)}..{LocalDatePattern.Iso.Format(document.Period.To)}, as known at {InstantPattern.ExtendedIso.Format(known.KnownAt)} " +
                          $"(event {known.LastSequence}), {document.Councils.Annexes.Count} councils, in {folder.FullName}");
        // As sha256sum writes them, so that `sha256sum -c` checks a copy.
        foreach (var file in new[] { html, pdf, json })
            Console.WriteLine($"{Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(file)))}  {file}");
        return true;
    }

    private static bool Refuse(string reason)
    {
        Console.Error.WriteLine($"rapport: {reason}");
        return false;
    }
}

using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Quartiers;
using JasperFx.CommandLine;
using Marten;
using NodaTime.Text;

namespace ConseilsCitoyens.Api.Quartiers;

public sealed class ImportQpvInput : OperatorInput
{
    [Description("The official QPV list (CSV, UTF-8, one header line)")]
    public string File { get; set; } = "";

    [Description("The map generation: qpv2015 or qpv2024")]
    [FlagAlias("generation", true)]
    public string GenerationFlag { get; set; } = "";

    [Description("First day the map is in force (yyyy-MM-dd)")]
    [FlagAlias("valid-from", true)]
    public string ValidFromFlag { get; set; } = "";

    [Description("Last day the map is in force (yyyy-MM-dd), if it has ended")]
    [FlagAlias("valid-until", true)]
    public string? ValidUntilFlag { get; set; }

    [Description("Column of the quartier code (default code_qp)")]
    [FlagAlias("code-column", true)]
    public string CodeColumnFlag { get; set; } = "code_qp";

    [Description("Column of the quartier name (default nom_qp)")]
    [FlagAlias("name-column", true)]
    public string NameColumnFlag { get; set; } = "nom_qp";

    [Description("Column of the INSEE arrondissement code (default insee_com)")]
    [FlagAlias("arrondissement-column", true)]
    public string ArrondissementColumnFlag { get; set; } = "insee_com";
}

[Description("Imports an official QPV list: every line is checked, and the file is imported whole or not at all", Name = "import-qpv")]
public sealed class ImportQpvCommand : JasperFxAsyncCommand<ImportQpvInput>
{
    public override async Task<bool> Execute(ImportQpvInput input)
    {
        if (!TryParse(input, out var settings, out var problem))
        {
            Console.Error.WriteLine($"import-qpv: {problem}");
            return false;
        }
        if (!System.IO.File.Exists(input.File))
        {
            Console.Error.WriteLine($"import-qpv: no file at {input.File}");
            return false;
        }

        if (input.Actor("import-qpv") is not { } actor)
            return false;
        using var host = input.BuildHost();
        if (!input.NamesAServedCity(host.Services, "import-qpv"))
            return false;
        var store = host.Services.GetRequiredService<IDocumentStore>();
        try
        {
            var rows = QpvFile.Read(await System.IO.File.ReadAllBytesAsync(input.File),
                new QpvColumns(input.CodeColumnFlag, input.NameColumnFlag, input.ArrondissementColumnFlag));
            await using var session = store.LightweightSession(input.TenantFlag);
            actor.ApplyTo(session);
            var result = await QpvImporter.Import(session, settings, rows, CancellationToken.None);
            await session.SaveChangesAsync();
            Console.WriteLine($"import-qpv: {rows.Count} lines read, {result}");
            return true;
        }
        catch (QpvImportRejected rejected)
        {
            foreach (var error in rejected.Errors)
                Console.Error.WriteLine(error.Line > 0
                    ? $"line {error.Line}{(error.Code.Length > 0 ? $" ({error.Code})" : "")}: {error.Message}"
                    : error.Message);
            Console.Error.WriteLine($"import-qpv: refused, {rejected.Errors.Count} line(s) in error; nothing imported");
            return false;
        }
    }

    private static bool TryParse(ImportQpvInput input, out QpvImportSettings settings, out string problem)
    {
        settings = null!;
        problem = "";
        if (!MapGenerations.TryParse(input.GenerationFlag, out var generation))
        {
            problem = $"--generation is qpv2015 or qpv2024, not '{input.GenerationFlag}'";
            return false;
        }
        var from = LocalDatePattern.Iso.Parse(input.ValidFromFlag.Trim());
        if (!from.Success)
        {
            problem = $"--valid-from is a date (yyyy-MM-dd), not '{input.ValidFromFlag}'";
            return false;
        }
        var until = string.IsNullOrWhiteSpace(input.ValidUntilFlag) ? null : LocalDatePattern.Iso.Parse(input.ValidUntilFlag.Trim());
        if (until is { Success: false })
        {
            problem = $"--valid-until is a date (yyyy-MM-dd), not '{input.ValidUntilFlag}'";
            return false;
        }
        settings = new QpvImportSettings(generation, from.Value, until?.Value);
        return true;
    }
}

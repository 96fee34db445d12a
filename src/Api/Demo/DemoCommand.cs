using ConseilsCitoyens.Api.Operations;
using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Calendar;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Projections.Maintenance;
using JasperFx.CommandLine;
using Marten;
using NodaTime;

namespace ConseilsCitoyens.Api.Demo;

public sealed class DemoInput : OperatorInput
{
    [Description("Seed of the generator: the same seed gives the same data")]
    [FlagAlias("seed", true)]
    public int SeedFlag { get; set; } = 2017;

    [Description("Development only: wipe every event and document first, then load")]
    [FlagAlias("reset", true)]
    public bool ResetFlag { get; set; }

    [Description("Generate the national set instead (regions of eight councils, bulk-inserted), then rebuild the inline projections")]
    [FlagAlias("national", true)]
    public bool NationalFlag { get; set; }

    [Description("With --national: how many councils (default 1200); regions already loaded are skipped")]
    [FlagAlias("councils", true)]
    public int CouncilsFlag { get; set; } = 1200;

    [Description("With --national: skip the rebuild of the inline projections (the views stay behind the log) and print the command " +
        "that does it, for a caller that rebuilds every projection itself")]
    [FlagAlias("no-rebuild", true)]
    public bool NoRebuildFlag { get; set; }
}

[Description("Loads the demo data set (Paris programme 2017–2019); does nothing when it is already loaded", Name = "demo")]
public sealed class DemoCommand : JasperFxAsyncCommand<DemoInput>
{
    public override async Task<bool> Execute(DemoInput input)
    {
        if (input.Actor(input.NationalFlag ? "demo --national" : "demo") is not { } actor)
            return false;
        using var host = input.BuildHost();
        if (!input.NamesAServedCity(host.Services, "demo"))
            return false;
        var store = host.Services.GetRequiredService<IDocumentStore>();
        var ct = CancellationToken.None;

        if (input.ResetFlag)
        {
            if (!host.Services.GetRequiredService<IHostEnvironment>().IsDevelopment())
            {
                Console.Error.WriteLine("demo: --reset wipes the database and is refused outside Development (ASPNETCORE_ENVIRONMENT).");
                return false;
            }
            // The events are append-only outside a maintenance transaction (and the schema must exist for it).
            await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
            await EventLogMaintenance.DeleteAllDataAsync(store, ct);
            Console.WriteLine("demo: events and documents wiped");
        }

        if (input.NationalFlag)
            return await LoadNational(host.Services, store, input, actor, ct);

        var result = await DemoLoader.Load(store, input.TenantFlag, actor, host.Services.GetRequiredService<WorkingCalendar>(),
            host.Services.GetRequiredService<IClock>(), input.SeedFlag,
            (done, total) => Console.Write($"\rdemo: {done}/{total} streams"), ct);
        if (!result.AlreadyLoaded)
            Console.WriteLine();
        Console.WriteLine($"{result} (city {input.TenantFlag})");
        return true;
    }

    private static async Task<bool> LoadNational(IServiceProvider services, IDocumentStore store, DemoInput input, CommandLineActor actor, CancellationToken ct)
    {
        if (input.CouncilsFlag < 1 || input.CouncilsFlag > DemoRegion.MaxRegions * DemoRegion.MaxCouncils)
        {
            Console.Error.WriteLine($"demo: --councils must be between 1 and {DemoRegion.MaxRegions * DemoRegion.MaxCouncils}");
            return false;
        }
        var today = ProgrammeCalendar.Today(services.GetRequiredService<IClock>().GetCurrentInstant());
        var result = await NationalLoader.Load(store, input.TenantFlag, actor, services.GetRequiredService<WorkingCalendar>(), today, input.CouncilsFlag, input.SeedFlag,
            p => Console.Write($"\rdemo: {p.Councils}/{p.TotalCouncils} councils, {p.Events} events, {p.EventsPerSecond:0} events/s   "), ct);
        Console.WriteLine();
        Console.WriteLine(result);
        if (result.Events == 0)
            return true;
        if (input.NoRebuildFlag)
        {
            Console.WriteLine("demo: inline projections not rebuilt (--no-rebuild): the views are behind the log; run `rebuild` " +
                $"(every projection) or `rebuild --projection NAME` for each of {string.Join(", ", ProjectionRebuild.InlineNames(store))}");
            return true;
        }

        // The bulk path wrote no inline projection: rebuild them so that the views match the log.
        var inline = ProjectionRebuild.InlineNames(store);
        var display = new RebuildDisplay("demo: rebuilding", Console.Out);
        var rebuilt = await ProjectionRebuild.RunAsync(store, DatabaseConnection.Read(services.GetRequiredService<IConfiguration>())!, inline, display.Show, ct);
        display.Finish();
        Console.WriteLine($"demo: inline projections rebuilt — {rebuilt}");
        return true;
    }
}

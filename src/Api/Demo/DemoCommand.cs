using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Calendar;
using ConseilsCitoyens.Projections.Maintenance;
using JasperFx.CommandLine;
using Marten;
using NodaTime;

namespace ConseilsCitoyens.Api.Demo;

public sealed class DemoInput : CityInput
{
    [Description("Seed of the generator: the same seed gives the same data")]
    [FlagAlias("seed", true)]
    public int SeedFlag { get; set; } = 2017;

    [Description("Development only: wipe every event and document first, then load")]
    [FlagAlias("reset", true)]
    public bool ResetFlag { get; set; }
}

[Description("Loads the demo data set (Paris programme 2017–2019); does nothing when it is already loaded", Name = "demo")]
public sealed class DemoCommand : JasperFxAsyncCommand<DemoInput>
{
    public override async Task<bool> Execute(DemoInput input)
    {
        using var host = input.BuildHost();
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

        var result = await DemoLoader.Load(store, input.TenantFlag, host.Services.GetRequiredService<WorkingCalendar>(),
            host.Services.GetRequiredService<IClock>(), input.SeedFlag,
            (done, total) => Console.Write($"\rdemo: {done}/{total} streams"), ct);
        if (!result.AlreadyLoaded)
            Console.WriteLine();
        Console.WriteLine($"{result} (city {input.TenantFlag})");
        return true;
    }
}

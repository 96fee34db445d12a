using ConseilsCitoyens.Api.Infrastructure;
using JasperFx.CommandLine;
using Marten;

namespace ConseilsCitoyens.Api.Operations;

public sealed class RebuildInput : NetCoreInput
{
    [Description("Rebuild only this projection (its name as Marten registers it, e.g. Council); every projection when absent")]
    [FlagAlias("projection", true)]
    public string? ProjectionFlag { get; set; }
}

[Description("Rebuilds every projection (or one) from the event log in one pass, showing progress; the views then equal the live ones", Name = "rebuild")]
public sealed class RebuildCommand : JasperFxAsyncCommand<RebuildInput>
{
    public override async Task<bool> Execute(RebuildInput input)
    {
        using var host = input.BuildHost();
        var store = host.Services.GetRequiredService<IDocumentStore>();
        var all = ProjectionRebuild.Names(store);
        var chosen = input.ProjectionFlag is { } wanted ? all.Where(n => n.Equals(wanted, StringComparison.OrdinalIgnoreCase)).ToArray() : all;
        if (chosen.Count == 0)
        {
            Console.Error.WriteLine($"rebuild: no projection named '{input.ProjectionFlag}'; known: {string.Join(", ", all)}");
            return false;
        }

        var display = new RebuildDisplay("rebuild", Console.Out);
        var connectionString = DatabaseConnection.Read(host.Services.GetRequiredService<IConfiguration>())!;
        var summary = await ProjectionRebuild.RunAsync(store, connectionString, chosen, display.Show, CancellationToken.None);
        display.Finish();
        Console.WriteLine(summary);
        return true;
    }
}

using JasperFx.CommandLine;

namespace ConseilsCitoyens.Api.Audit;

public sealed class AuditAnchorInput : NetCoreInput
{
    [Description("Seal the events committed since the last pass first, so that the anchor covers them")]
    [FlagAlias("seal", true)]
    public bool SealFlag { get; set; }

    [Description("Append the anchor to this file (created when missing) instead of printing it")]
    [FlagAlias("append", true)]
    public string? AppendFlag { get; set; }
}

[Description("Prints the latest checkpoint as one signed JSON line to keep outside the database, or appends it to a file (--append anchors.jsonl)", Name = "audit-anchor")]
public sealed class AuditAnchorCommand : JasperFxAsyncCommand<AuditAnchorInput>
{
    public override async Task<bool> Execute(AuditAnchorInput input)
    {
        using var host = input.BuildHost();
        if (input.SealFlag)
            await host.Services.GetRequiredService<AuditSealer>().SealAsync(CancellationToken.None);
        if (await host.Services.GetRequiredService<AuditAnchors>().LatestAsync(CancellationToken.None) is not { } anchor)
        {
            Console.Error.WriteLine("audit-anchor: nothing is sealed yet (run it with --seal)");
            return false;
        }
        if (input.AppendFlag is { } file)
        {
            await File.AppendAllLinesAsync(file, [AnchorFile.Line(anchor)]);
            Console.WriteLine($"audit-anchor: checkpoint {anchor.Checkpoint} (events up to {anchor.Sequence}) appended to {file}");
        }
        else
            Console.WriteLine(AnchorFile.Line(anchor));
        return true;
    }
}

using ConseilsCitoyens.Domain.Audit;
using JasperFx.CommandLine;

namespace ConseilsCitoyens.Api.Audit;

public sealed class AuditVerifyInput : NetCoreInput
{
    [Description("Seal the events committed since the last pass before verifying")]
    [FlagAlias("seal", true)]
    public bool SealFlag { get; set; }

    [Description("A file of anchors (audit-anchor's lines, kept outside the database): the log must still hold each one")]
    [FlagAlias("anchor", true)]
    public string? AnchorFlag { get; set; }
}

[Description("Walks the log's keyed chains and names the first broken link; exit code 1 when the log was altered", Name = "audit-verify")]
public sealed class AuditVerifyCommand : JasperFxAsyncCommand<AuditVerifyInput>
{
    public override async Task<bool> Execute(AuditVerifyInput input)
    {
        using var host = input.BuildHost();
        IReadOnlyList<AuditAnchor> anchors = [];
        if (input.AnchorFlag is { } file)
        {
            (anchors, var problem) = AnchorFile.Read(file, host.Services.GetRequiredService<SealKey>());
            if (problem is not null)
            {
                Console.Error.WriteLine($"audit-verify: {problem}");
                return false;
            }
        }
        if (input.SealFlag)
            Console.WriteLine($"audit-verify: {(await host.Services.GetRequiredService<AuditSealer>().SealAsync(CancellationToken.None)).Events} events sealed");

        var verification = await host.Services.GetRequiredService<AuditVerifier>().VerifyAsync(anchors, CancellationToken.None);
        if (verification.FirstBrokenLink is { } link)
        {
            var where = link.StreamId is { } stream ? $"event {link.Sequence} (stream {stream}, version {link.Version}{(link.Type is null ? "" : $", {link.Type}")})"
                : $"event {link.Sequence}";
            Console.Error.WriteLine($"audit-verify: BROKEN at {where}: {link.Reason}");
            return false;
        }
        Console.WriteLine($"audit-verify: intact, {verification.EventsChecked} events and {verification.CheckpointsChecked} checkpoints checked, " +
                          $"{verification.Pending} pending{(input.AnchorFlag is null ? "" : $", {verification.AnchorsChecked} anchors matched")}");
        return true;
    }
}

using JasperFx.CommandLine;

namespace ConseilsCitoyens.Api.Audit;

public sealed class AuditVerifyInput : NetCoreInput
{
    [Description("Seal the events committed since the last pass before verifying")]
    [FlagAlias("seal", true)]
    public bool SealFlag { get; set; }
}

[Description("Walks the log's hash chains and names the first broken link; exit code 1 when the log was altered", Name = "audit-verify")]
public sealed class AuditVerifyCommand : JasperFxAsyncCommand<AuditVerifyInput>
{
    public override async Task<bool> Execute(AuditVerifyInput input)
    {
        using var host = input.BuildHost();
        if (input.SealFlag)
            Console.WriteLine($"audit-verify: {await host.Services.GetRequiredService<AuditSealer>().SealAsync(CancellationToken.None)} events sealed");

        var verification = await host.Services.GetRequiredService<AuditVerifier>().VerifyAsync(CancellationToken.None);
        if (verification.FirstBrokenLink is { } link)
        {
            Console.Error.WriteLine($"audit-verify: BROKEN at event {link.Sequence} (stream {link.StreamId}, version {link.Version}" +
                                    $"{(link.Type is null ? "" : $", {link.Type}")}): {link.Reason}");
            return false;
        }
        Console.WriteLine($"audit-verify: intact, {verification.EventsChecked} events and {verification.CheckpointsChecked} checkpoints checked, {verification.Pending} pending");
        return true;
    }
}

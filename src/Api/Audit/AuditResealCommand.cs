using ConseilsCitoyens.Projections.Maintenance;
using JasperFx.CommandLine;
using Marten;

namespace ConseilsCitoyens.Api.Audit;

public sealed class AuditResealInput : NetCoreInput
{
    [Description("Do it: without this flag the command only says what it would do")]
    [FlagAlias("confirm", true)]
    public bool ConfirmFlag { get; set; }
}

/// <summary>
/// After the seal key changed, or for a database sealed before seals were keyed: the old seals and
/// checkpoints go (a maintenance transaction) and the whole log is sealed again with the configured
/// key. It vouches for the log as it is now, so verify it first with what sealed it.
/// </summary>
[Description("Seals the whole log again from its first event with the configured key, after dropping every seal and checkpoint (run by a member of conseils_maintenance)", Name = "audit-reseal")]
public sealed class AuditResealCommand : JasperFxAsyncCommand<AuditResealInput>
{
    public override async Task<bool> Execute(AuditResealInput input)
    {
        using var host = input.BuildHost();
        var store = host.Services.GetRequiredService<IDocumentStore>();
        if (!input.ConfirmFlag)
        {
            Console.Error.WriteLine("audit-reseal: this drops every seal and checkpoint and seals the log as it is now with the configured key; " +
                                    "verify the log first with the key (and the release) that sealed it, keep its anchors, then run it again with --confirm");
            return false;
        }

        await EventLogMaintenance.RunAsync(store, $"""
            truncate table {AuditSql.Seals}, {AuditSql.Checkpoints};
            alter sequence {AuditSql.Horizon} restart with 1;
            """);
        var sealer = host.Services.GetRequiredService<AuditSealer>();
        var total = 0;
        while ((await sealer.SealAsync(CancellationToken.None)).Events is var events and > 0)
            total += events;
        var verification = await host.Services.GetRequiredService<AuditVerifier>().VerifyAsync(CancellationToken.None);
        Console.WriteLine($"audit-reseal: {total} events sealed from the first one, {verification.CheckpointsChecked} checkpoints; " +
                          $"{(verification.Intact ? "the log verifies" : $"BROKEN: {verification.FirstBrokenLink!.Reason}")}, {verification.Pending} pending; " +
                          "keep a new anchor (audit-anchor)");
        return verification.Intact;
    }
}

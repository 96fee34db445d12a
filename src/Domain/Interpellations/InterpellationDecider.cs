using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Councils;
using NodaTime;
using static ConseilsCitoyens.Domain.Interpellations.InterpellationStage;

namespace ConseilsCitoyens.Domain.Interpellations;

public sealed record ReferInterpellation(Guid InterpellationId, string Subject, string Difficulties, LocalDate ReferredOn);

public sealed record TransmitInterpellation(IReadOnlyList<string> Recipients, LocalDate TransmittedOn);

public sealed record EscalateInterpellation(string Diagnostic, IReadOnlyList<string> Actions, bool LeadsToContractRevision, LocalDate EscalatedOn);

public sealed record DebateInterpellation(LocalDate DebatedOn);

public sealed record CloseInterpellation(string Outcome, LocalDate ClosedOn);

/// <summary>
/// Rule 13, the right of interpellation (loi n° 2017-86): referred to the préfet → transmitted to
/// the mayor, the EPCI and the signatories → either escalated to the steering committee, debated
/// at the municipal council and closed, or closed as not justified. Each step is dated no earlier
/// than the one before; a step repeated with the same facts appends nothing.
/// </summary>
public static class InterpellationDecider
{
    public static InterpellationReferred Refer(Council council, ReferInterpellation command, LocalDate today)
    {
        if (!Law.On(command.ReferredOn).InterpellationAvailable)
            throw new RuleViolation("interpellation.not-available",
                $"The right of interpellation exists from {Law.RightOfInterpellation:yyyy-MM-dd} (loi n° 2017-86); nothing can be referred on {command.ReferredOn:yyyy-MM-dd}.");
        if (command.ReferredOn < council.CreatedOn)
            throw new RuleViolation("interpellation.referred-before-council",
                $"The council was created on {council.CreatedOn:yyyy-MM-dd}; it referred nothing before.");
        ProgrammeCalendar.NotInFuture(command.ReferredOn, today, "The referral date");

        return new InterpellationReferred(command.InterpellationId, council.Id, command.Subject.Trim(), command.Difficulties.Trim(), command.ReferredOn);
    }

    public static IReadOnlyList<object> Transmit(Interpellation interpellation, TransmitInterpellation command, LocalDate today)
    {
        var recipients = Texts(command.Recipients);
        if (interpellation.Stage == Transmitted && interpellation.LastStageOn == command.TransmittedOn
            && interpellation.Recipients.SequenceEqual(recipients))
            return [];

        Require(interpellation, "transmitted", Referred);
        if (recipients.Length == 0)
            throw new RuleViolation("interpellation.no-recipient",
                "The préfet transmits the referral to the mayor, the EPCI and the signatories: name at least one recipient.");
        Dated(interpellation, command.TransmittedOn, today);

        return [new InterpellationTransmitted(interpellation.Id, interpellation.CouncilId, recipients, command.TransmittedOn)];
    }

    public static IReadOnlyList<object> Escalate(Interpellation interpellation, EscalateInterpellation command, LocalDate today)
    {
        var escalated = new InterpellationEscalated(interpellation.Id, interpellation.CouncilId, command.Diagnostic.Trim(), Texts(command.Actions),
            command.LeadsToContractRevision, command.EscalatedOn);
        if (interpellation.Stage == Escalated && interpellation.LastStageOn == escalated.EscalatedOn
            && interpellation.Diagnostic == escalated.Diagnostic && interpellation.Actions.SequenceEqual(escalated.Actions)
            && interpellation.LeadsToContractRevision == escalated.LeadsToContractRevision)
            return [];

        Require(interpellation, "escalated to the steering committee", Transmitted);
        if (escalated.Diagnostic.Length == 0 || escalated.Actions.Count == 0)
            throw new RuleViolation("interpellation.escalation-incomplete",
                "A justified interpellation goes to the steering committee with a diagnostic and at least one action.");
        Dated(interpellation, command.EscalatedOn, today);

        return [escalated];
    }

    public static IReadOnlyList<object> Debate(Interpellation interpellation, DebateInterpellation command, LocalDate today)
    {
        if (interpellation.Stage == Debated && interpellation.LastStageOn == command.DebatedOn)
            return [];

        Require(interpellation, "debated at the municipal council", Escalated);
        Dated(interpellation, command.DebatedOn, today);

        return [new InterpellationDebated(interpellation.Id, interpellation.CouncilId, command.DebatedOn)];
    }

    public static IReadOnlyList<object> Close(Interpellation interpellation, CloseInterpellation command, LocalDate today)
    {
        var outcome = command.Outcome.Trim();
        if (interpellation.Stage == Closed && interpellation.LastStageOn == command.ClosedOn && interpellation.Outcome == outcome)
            return [];

        Require(interpellation, "closed", Transmitted, Debated);
        Dated(interpellation, command.ClosedOn, today);

        // Closed straight after transmission: the préfet's partners judged it not justified.
        return [new InterpellationClosed(interpellation.Id, interpellation.CouncilId, outcome, interpellation.Stage == Debated, command.ClosedOn)];
    }

    private static void Require(Interpellation interpellation, string step, params InterpellationStage[] from)
    {
        if (!from.Contains(interpellation.Stage))
            throw new RuleViolation("interpellation.illegal-transition",
                $"An interpellation at stage '{Name(interpellation.Stage)}' cannot be {step}: {NextSteps(interpellation.Stage)}");
    }

    private static string NextSteps(InterpellationStage stage) => stage switch
    {
        Referred => "it first awaits the préfet's transmission.",
        Transmitted => "it is either escalated to the steering committee (justified) or closed (not justified).",
        Escalated => "it first awaits its debate on the municipal council's agenda.",
        Debated => "it can only be closed.",
        _ => "the procedure is over.",
    };

    private static void Dated(Interpellation interpellation, LocalDate on, LocalDate today)
    {
        if (on < interpellation.LastStageOn)
            throw new RuleViolation("interpellation.date-before-previous-stage",
                $"The interpellation reached stage '{Name(interpellation.Stage)}' on {interpellation.LastStageOn:yyyy-MM-dd}; its next step cannot be dated {on:yyyy-MM-dd}.");
        ProgrammeCalendar.NotInFuture(on, today, "The step's date");
    }

    private static string Name(InterpellationStage stage) => stage.ToString().ToLowerInvariant();

    private static string[] Texts(IReadOnlyList<string> texts) =>
        texts.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct().ToArray();
}

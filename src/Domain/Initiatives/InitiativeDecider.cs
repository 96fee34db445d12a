using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Councils;
using NodaTime;

namespace ConseilsCitoyens.Domain.Initiatives;

public sealed record LaunchInitiative(Guid InitiativeId, string Title, string Description, LocalDate LaunchedOn);

public sealed record SupportInitiative(Guid SupportId, SupportKind Kind, string By, long? AmountCents, string? Fund, LocalDate SupportedOn);

public sealed record CompleteInitiative(string Outcome, LocalDate CompletedOn);

public sealed record DropInitiative(string Reason, LocalDate DroppedOn);

/// <summary>The council as a space of initiatives (mission of the 2014 law): launched, supported, then completed or dropped.</summary>
public static class InitiativeDecider
{
    public static InitiativeLaunched Launch(Council council, LaunchInitiative command, LocalDate today)
    {
        if (command.LaunchedOn < council.CreatedOn)
            throw new RuleViolation("initiative.launched-before-council",
                $"The council was created on {council.CreatedOn:yyyy-MM-dd}; it carried no initiative before.");
        ProgrammeCalendar.NotInFuture(command.LaunchedOn, today, "The launch date");

        return new InitiativeLaunched(command.InitiativeId, council.Id, command.Title.Trim(), command.Description.Trim(), command.LaunchedOn);
    }

    /// <returns>Nothing when this support is already recorded with the same facts (a retry).</returns>
    public static IReadOnlyList<object> Support(Initiative initiative, SupportInitiative command, LocalDate today)
    {
        var supported = new InitiativeSupported(initiative.Id, initiative.CouncilId, command.SupportId, command.Kind, command.By.Trim(),
            command.AmountCents, string.IsNullOrWhiteSpace(command.Fund) ? null : command.Fund.Trim(), command.SupportedOn);

        if (initiative.FindSupport(command.SupportId) is { } existing)
        {
            if (existing == InitiativeSupport.From(supported))
                return [];
            throw new RuleViolation("initiative.support-already-recorded", $"Support {command.SupportId} is already recorded differently.");
        }

        if (initiative.Status != InitiativeStatus.Launched)
            throw new RuleViolation("initiative.not-in-progress",
                $"The initiative is {initiative.Status.ToString().ToLowerInvariant()}: it takes no more support.");

        switch (command.Kind)
        {
            case SupportKind.Financial when supported.AmountCents is null:
                throw new RuleViolation("initiative.financial-support-without-amount", "Financial support states the funds obtained, in euro cents.");
            case SupportKind.Financial when supported.Fund is null:
                throw new RuleViolation("initiative.financial-support-without-fund", "Financial support names the fund the money came from.");
            case not SupportKind.Financial when supported.AmountCents is not null:
                throw new RuleViolation("initiative.amount-without-financial-support",
                    $"A {command.Kind.ToString().ToLowerInvariant()} support brings no funds: record the money as a financial support.");
            case not SupportKind.Financial when supported.Fund is not null:
                throw new RuleViolation("initiative.fund-without-financial-support",
                    $"A {command.Kind.ToString().ToLowerInvariant()} support comes from no fund: record the money as a financial support.");
        }

        NotBeforeLaunch(initiative, command.SupportedOn, "support");
        ProgrammeCalendar.NotInFuture(command.SupportedOn, today, "The support date");
        return [supported];
    }

    public static IReadOnlyList<object> Complete(Initiative initiative, CompleteInitiative command, LocalDate today)
    {
        var completed = new InitiativeCompleted(initiative.Id, initiative.CouncilId, command.Outcome.Trim(), command.CompletedOn);
        if (Ended(initiative, InitiativeStatus.Completed, new InitiativeEnd(completed.CompletedOn, completed.Outcome)))
            return [];

        NotBeforeLaunch(initiative, command.CompletedOn, "completion");
        ProgrammeCalendar.NotInFuture(command.CompletedOn, today, "The completion date");
        return [completed];
    }

    public static IReadOnlyList<object> Drop(Initiative initiative, DropInitiative command, LocalDate today)
    {
        var dropped = new InitiativeDropped(initiative.Id, initiative.CouncilId, command.Reason.Trim(), command.DroppedOn);
        if (Ended(initiative, InitiativeStatus.Dropped, new InitiativeEnd(dropped.DroppedOn, dropped.Reason)))
            return [];

        NotBeforeLaunch(initiative, command.DroppedOn, "drop");
        ProgrammeCalendar.NotInFuture(command.DroppedOn, today, "The drop date");
        return [dropped];
    }

    /// <summary>An initiative ends once: true for a repeat of the same end, a violation for any other.</summary>
    private static bool Ended(Initiative initiative, InitiativeStatus status, InitiativeEnd end)
    {
        if (initiative.Status == InitiativeStatus.Launched)
            return false;
        if (initiative.Status == status && initiative.End == end)
            return true;
        var on = initiative.End!.On;
        throw initiative.Status == InitiativeStatus.Completed
            ? new RuleViolation("initiative.already-completed", $"The initiative was already completed on {on:yyyy-MM-dd}.")
            : new RuleViolation("initiative.already-dropped", $"The initiative was already dropped on {on:yyyy-MM-dd}.");
    }

    private static void NotBeforeLaunch(Initiative initiative, LocalDate date, string what)
    {
        if (date < initiative.LaunchedOn)
            throw new RuleViolation("initiative.date-before-launch",
                $"The {what} ({date:yyyy-MM-dd}) is before the launch ({initiative.LaunchedOn:yyyy-MM-dd}).");
    }
}

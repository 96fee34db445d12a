using ConseilsCitoyens.Domain.Calendar;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Partners;
using NodaTime;

namespace ConseilsCitoyens.Domain.Immersions;

/// <param name="FacilitatorId">The facilitator's id; the facilitators' register is another aggregate's concern.</param>
public sealed record RecordImmersion(
    Guid ImmersionId,
    Guid FacilitatorId,
    LocalDate On,
    decimal DurationHours,
    string Outcome,
    string? FollowUp);

public static class ImmersionDecider
{
    public const decimal MaxHoursPerDay = 12;

    /// <returns>The immersion, and a warning when it took place on a weekend or a public holiday.</returns>
    public static IReadOnlyList<object> Record(Partner partner, RecordImmersion command, LocalDate today, WorkingCalendar calendar)
    {
        PartnerDecider.NotClosed(partner, "met in an immersion");
        if (command.DurationHours is <= 0 or > MaxHoursPerDay)
            throw new RuleViolation("immersion.duration-out-of-range",
                $"An immersion lasts more than 0 and at most {MaxHoursPerDay} hours, not {command.DurationHours}.");
        ProgrammeCalendar.NotInFuture(command.On, today, "The immersion's date");

        var followUp = string.IsNullOrWhiteSpace(command.FollowUp) ? null : command.FollowUp.Trim();
        var recorded = new ImmersionRecorded(
            command.ImmersionId, command.FacilitatorId, partner.Id, command.On, command.DurationHours, command.Outcome.Trim(), followUp);
        return calendar.Check(command.ImmersionId, command.On) is { } warning ? [recorded, warning] : [recorded];
    }
}

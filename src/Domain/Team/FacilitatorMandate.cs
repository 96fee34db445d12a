using NodaTime;

namespace ConseilsCitoyens.Domain.Team;

/// <param name="Code">Stable: <see cref="FacilitatorMandate.NotAssigned"/> or <see cref="FacilitatorMandate.BeyondBackdatingWindow"/>.</param>
public sealed record MandateRefusal(string Code, string Message);

/// <summary>
/// What a facilitator's token lets them do, judged on the day the command arrives as well as on its
/// business date: an assignment that has ended, or a departure from the programme, leaves no right
/// to write by dating a command inside the old assignment. Recording further back than the
/// back-dating window is the coordinator's.
/// </summary>
public static class FacilitatorMandate
{
    public const string NotAssigned = "facilitator.not-assigned";
    public const string BeyondBackdatingWindow = "facilitator.beyond-backdating-window";
    public const int DefaultBackdatingDays = 90;

    /// <param name="councilId">The council the write is for; null for the facilitator's own records (time, immersions).</param>
    /// <param name="on">The command's business date.</param>
    /// <returns>Why the facilitator may not write this, or null.</returns>
    public static MandateRefusal? RefusalToWrite(TeamMember facilitator, Guid? councilId, LocalDate on, LocalDate today, int backdatingDays)
    {
        if (!IsInProgramme(facilitator, today))
            return new(NotAssigned, $"Team member {facilitator.Id} is not in the programme today ({today:yyyy-MM-dd}): they started on " +
                $"{facilitator.StartsOn:yyyy-MM-dd}{(facilitator.LeftOn is { } left ? $" and left the programme on {left:yyyy-MM-dd}" : "")}.");
        if (on < today.PlusDays(-backdatingDays))
            return new(BeyondBackdatingWindow, $"{on:yyyy-MM-dd} is more than {backdatingDays} days before today ({today:yyyy-MM-dd}): " +
                "recording further back is the coordinator's.");
        if (councilId is { } council && !(facilitator.IsAssignedTo(council, today) && facilitator.IsAssignedTo(council, on)))
            return new(NotAssigned, $"Team member {facilitator.Id} is not assigned to council {council} both today ({today:yyyy-MM-dd}) " +
                $"and on {on:yyyy-MM-dd}: a facilitator writes only for the councils assigned to them on the command's date and on the day it arrives.");
        return null;
    }

    /// <summary>A facilitator reads the personal details of the members of a council assigned to them today.</summary>
    public static bool Reaches(TeamMember facilitator, Guid? membersCouncil, LocalDate today) =>
        IsInProgramme(facilitator, today) && membersCouncil is { } council && facilitator.IsAssignedTo(council, today);

    private static bool IsInProgramme(TeamMember facilitator, LocalDate today) =>
        facilitator.StartsOn <= today && !facilitator.HasLeftBy(today);
}

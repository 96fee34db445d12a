using ConseilsCitoyens.Domain.Common;
using NodaTime;

namespace ConseilsCitoyens.Domain.Councils;

public sealed record CreateCouncil(Guid CouncilId, string Name, IReadOnlyList<string> QuartierCodes, LocalDate CreatedOn);

/// <summary>What the drawing a member's seat comes from says about them (looked up by the caller).</summary>
/// <param name="Gender">The candidate's gender in the drawing; null when the member is not one of its candidates.</param>
/// <param name="AcceptedOn">When the candidate accepted the seat; null while they have not.</param>
/// <param name="Replaces">For a substitute called to fill a departed member's seat: that member.</param>
public sealed record DrawnSeat(Guid DrawingId, Guid CouncilId, Gender? Gender, LocalDate? AcceptedOn, Guid? Replaces = null);

public sealed record JoinCouncil(
    Guid MemberId,
    College College,
    Gender Gender,
    string? ResidenceQuartierCode,
    string? Organisation,
    bool IsElectedOfficial,
    LocalDate JoinedOn,
    MemberOrigin Origin = MemberOrigin.Volunteer,
    DrawnSeat? Seat = null,
    Guid? Replaces = null,
    bool InstitutionLink = false,
    AgeGroup? AgeGroup = null);

public sealed record LeaveCouncil(Guid MemberId, DepartureReason Reason, LocalDate LeftOn);

/// <summary>The law's rules for a council's life (DOMAIN.md §3), each decided here and only here.</summary>
public static partial class CouncilDecider
{
    /// <param name="knownQuartierCodes">Codes of the registered quartiers among those asked for.</param>
    public static CouncilCreated Create(CreateCouncil command, IReadOnlySet<string> knownQuartierCodes, LocalDate today)
    {
        var codes = command.QuartierCodes.Select(c => c.Trim().ToUpperInvariant()).Distinct().ToArray();

        // Rule 1: a council covers one or more QPV.
        if (codes.Length == 0)
            throw new RuleViolation("council.no-quartier", "A council covers at least one priority neighbourhood (QPV).");

        if (codes.Length > 1 && !Law.On(command.CreatedOn).SeveralQuartiersPerCouncil)
            throw new RuleViolation("council.several-quartiers-before-2017",
                $"Before the circular of {Law.Circular2017:d MMMM yyyy} a council covers exactly one QPV.");

        var unknown = codes.Where(c => !knownQuartierCodes.Contains(c)).ToArray();
        if (unknown.Length > 0)
            throw new RuleViolation("council.unknown-quartier", $"Unknown quartier code(s): {string.Join(", ", unknown)}.");

        ProgrammeCalendar.NotInFuture(command.CreatedOn, today, "The creation date");

        return new CouncilCreated(command.CouncilId, command.Name.Trim(), codes, command.CreatedOn);
    }

    /// <returns>The events to append: none when the same member already joined the same way (a retry).</returns>
    public static IReadOnlyList<object> Join(Council council, JoinCouncil command, LocalDate today)
    {
        var joined = new MemberJoined(
            council.Id,
            command.MemberId,
            command.College,
            command.Gender,
            command.ResidenceQuartierCode?.Trim().ToUpperInvariant(),
            command.Organisation?.Trim(),
            command.JoinedOn,
            command.Origin,
            command.Seat?.DrawingId,
            command.Replaces,
            command.InstitutionLink,
            command.AgeGroup);

        var existing = council.FindMember(command.MemberId);
        if (existing is not null)
        {
            if (existing == CouncilMember.From(joined))
                return [];
            throw new RuleViolation("member.already-member", $"Member {command.MemberId} already belongs to this council.");
        }

        NotDissolved(council);

        // Rule 8 (hard part): no elected official sits on a council.
        if (command.IsElectedOfficial)
            throw new RuleViolation("member.elected-official", "An elected official cannot be a member of a citizen council.");

        switch (command.College)
        {
            // Rule 3: a resident lives in one of the council's QPV.
            case College.Residents when joined.ResidenceQuartierCode is null:
                throw new RuleViolation("member.resident-without-quartier", "A resident member states the QPV they live in.");
            // The quartiers of the map in force on the joining date (a council may change maps in 2024).
            case College.Residents when !council.QuartierCodesOn(joined.JoinedOn).Contains(joined.ResidenceQuartierCode):
                throw new RuleViolation("member.resident-outside-council",
                    $"{joined.ResidenceQuartierCode} is not one of this council's quartiers on {joined.JoinedOn:yyyy-MM-dd} ({string.Join(", ", council.QuartierCodesOn(joined.JoinedOn))}).");
            case College.Residents when joined.Organisation is not null:
                throw new RuleViolation("member.resident-with-organisation",
                    "A resident sits in their own name: an organisation belongs to the local actors' college.");
            case College.LocalActors when string.IsNullOrEmpty(joined.Organisation):
                throw new RuleViolation("member.local-actor-without-organisation",
                    "A member of the local actors' college names the association or local actor they represent.");
        }

        if (command.JoinedOn < council.CreatedOn)
            throw new RuleViolation("member.joined-before-creation",
                $"The council was created on {council.CreatedOn:yyyy-MM-dd}; nobody joins it before.");
        ProgrammeCalendar.NotInFuture(command.JoinedOn, today, "The joining date");

        var warnings = new List<object>();
        warnings.AddRange(SeatFromDrawing(council, command));
        if (command.Replaces is { } predecessor)
            Replacing(council, predecessor, command.JoinedOn);

        // Rule 8 (soft part): an association linked to an institution of the city contract's bodies.
        if (command.InstitutionLink)
            warnings.Add(Compliance.Warn(council.Id, 8, "member.institution-link",
                "This local actor is linked to an institution already sitting in the city contract's bodies.", command.JoinedOn));

        var after = Council.Evolve(council, joined);
        return [joined, .. warnings, .. CouncilComposition.Enforce(after, command.JoinedOn, before: council)];
    }

    public static IReadOnlyList<object> Leave(Council council, LeaveCouncil command, LocalDate today)
    {
        var member = council.FindMember(command.MemberId)
                     ?? throw new RuleViolation("member.unknown", $"{command.MemberId} is not a member of this council.");
        if (!member.IsCurrent())
        {
            if (member.LeftOn == command.LeftOn && member.DepartureReason == command.Reason)
                return [];
            throw new RuleViolation("member.already-left", $"{command.MemberId} already left on {member.LeftOn:yyyy-MM-dd}.");
        }
        if (command.Reason == DepartureReason.CouncilDissolved)
            throw new RuleViolation("member.departure-by-dissolution",
                "Memberships end for the council's dissolution when the council is dissolved (its status), all on that day.");
        if (command.LeftOn < member.JoinedOn)
            throw new RuleViolation("member.left-before-joining", $"{command.MemberId} joined on {member.JoinedOn:yyyy-MM-dd}.");
        if (command.Reason == DepartureReason.MovedOutOfQuartier && member.College != College.Residents)
            throw new RuleViolation("member.moved-out-not-resident", "Only a resident's mandate ends by moving out of the QPV.");
        ProgrammeCalendar.NotInFuture(command.LeftOn, today, "The departure date");

        // A departure is a fact (a death, a move): the composition it leaves is reported, never a reason to refuse it.
        var left = new MemberLeft(council.Id, command.MemberId, command.Reason, command.LeftOn);
        return [left, .. CouncilComposition.Report(Council.Evolve(council, left), command.LeftOn)];
    }

    // Rule 4: a drawn member or a substitute holds a seat of one of this council's drawings, accepted.
    private static IEnumerable<object> SeatFromDrawing(Council council, JoinCouncil command)
    {
        if (command.Origin is not (MemberOrigin.Drawn or MemberOrigin.Substitute))
            return [];
        if (command.Seat is not { AcceptedOn: { } acceptedOn } seat || seat.CouncilId != council.Id)
            return Compliance.Enforce(Law.On(command.JoinedOn).DrawingOfResidents, true, council.Id, 4, "member.not-drawn",
                "A drawn member or substitute must have accepted a seat in one of this council's drawings.", command.JoinedOn);

        // The seat is the candidate's, whatever the law in force: the member who takes it is that candidate.
        if (command.College != College.Residents)
            throw new RuleViolation("member.seat-college-mismatch", "A seat of a drawing by lot is a seat of the residents' college.");
        if (command.Gender != seat.Gender)
            throw new RuleViolation("member.seat-gender-mismatch",
                $"The drawing {seat.DrawingId} called this candidate as {seat.Gender}, not {command.Gender}.");
        if (command.JoinedOn < acceptedOn)
            throw new RuleViolation("member.joined-before-seat-accepted",
                $"The candidate accepted their seat on {acceptedOn:yyyy-MM-dd}; they join on or after that day.");
        if (seat.Replaces is { } called && command.Replaces != called)
            throw new RuleViolation("member.seat-replaces-another",
                $"This substitute was called to replace {called}: they join in that member's place.");
        return [];
    }

    // Rule 11: a substitute takes the seat of a member who left, from the day they left, once.
    private static void Replacing(Council council, Guid predecessor, LocalDate joinedOn)
    {
        if (council.FindMember(predecessor) is not { LeftOn: { } leftOn })
            throw new RuleViolation("member.replaces-a-sitting-member",
                $"{predecessor} has not left this council: a substitute replaces a member who left.");
        if (joinedOn < leftOn)
            throw new RuleViolation("member.replaces-before-departure",
                $"{predecessor} left on {leftOn:yyyy-MM-dd}: their replacement starts on or after that day.");
        if (council.Members.FirstOrDefault(m => m.Replaces == predecessor) is { } replacement)
            throw new RuleViolation("member.already-replaced", $"{predecessor} was already replaced by {replacement.MemberId}.");
    }

    internal static void NotDissolved(Council council)
    {
        if (council.Status == CouncilStatus.Dissolved)
            throw new RuleViolation("council.dissolved", "The council is dissolved: its record is closed.");
    }
}

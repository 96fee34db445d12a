using ConseilsCitoyens.Domain.Common;
using NodaTime;

namespace ConseilsCitoyens.Domain.Councils;

public sealed record CreateCouncil(Guid CouncilId, string Name, IReadOnlyList<string> QuartierCodes, LocalDate CreatedOn);

/// <summary>What the drawing a member's seat comes from says about them (looked up by the caller).</summary>
public sealed record DrawingAcceptance(Guid DrawingId, Guid CouncilId, bool Accepted);

public sealed record JoinCouncil(
    Guid MemberId,
    College College,
    Gender Gender,
    string? ResidenceQuartierCode,
    string? Organisation,
    bool IsElectedOfficial,
    LocalDate JoinedOn,
    MemberOrigin Origin = MemberOrigin.Volunteer,
    DrawingAcceptance? Drawing = null,
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
            command.Drawing?.DrawingId,
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
        if (command.Replaces is { } predecessor && council.FindMember(predecessor) is not { IsCurrent: false })
            throw new RuleViolation("member.replaces-a-sitting-member",
                $"{predecessor} has not left this council: a substitute replaces a member who left.");

        // Rule 8 (soft part): an association linked to an institution of the city contract's bodies.
        if (command.InstitutionLink)
            warnings.Add(Compliance.Warn(council.Id, 8, "member.institution-link",
                "This local actor is linked to an institution already sitting in the city contract's bodies.", command.JoinedOn));

        var after = Council.Evolve(council, joined);
        return [joined, .. warnings, .. CompositionIfActive(after, command.JoinedOn)];
    }

    public static IReadOnlyList<object> Leave(Council council, LeaveCouncil command, LocalDate today)
    {
        var member = council.FindMember(command.MemberId)
                     ?? throw new RuleViolation("member.unknown", $"{command.MemberId} is not a member of this council.");
        if (!member.IsCurrent)
        {
            if (member.LeftOn == command.LeftOn && member.DepartureReason == command.Reason)
                return [];
            throw new RuleViolation("member.already-left", $"{command.MemberId} already left on {member.LeftOn:yyyy-MM-dd}.");
        }
        if (command.LeftOn < member.JoinedOn)
            throw new RuleViolation("member.left-before-joining", $"{command.MemberId} joined on {member.JoinedOn:yyyy-MM-dd}.");
        if (command.Reason == DepartureReason.MovedOutOfQuartier && member.College != College.Residents)
            throw new RuleViolation("member.moved-out-not-resident", "Only a resident's mandate ends by moving out of the QPV.");
        ProgrammeCalendar.NotInFuture(command.LeftOn, today, "The departure date");

        var left = new MemberLeft(council.Id, command.MemberId, command.Reason, command.LeftOn);
        return [left, .. CompositionIfActive(Council.Evolve(council, left), command.LeftOn)];
    }

    // Rule 4: a drawn member or a substitute holds a seat of one of this council's drawings, accepted.
    private static IEnumerable<object> SeatFromDrawing(Council council, JoinCouncil command)
    {
        if (command.Origin is not (MemberOrigin.Drawn or MemberOrigin.Substitute))
            return [];
        var accepted = command.Drawing is { Accepted: true } drawing && drawing.CouncilId == council.Id;
        return Compliance.Enforce(Law.On(command.JoinedOn).DrawingOfResidents, !accepted, council.Id, 4, "member.not-drawn",
            "A drawn member or substitute must have accepted a seat in one of this council's drawings.", command.JoinedOn);
    }

    private static IEnumerable<object> CompositionIfActive(Council council, LocalDate on) =>
        council.Status == CouncilStatus.Active ? CouncilComposition.Check(council, on) : [];

    private static void NotDissolved(Council council)
    {
        if (council.Status == CouncilStatus.Dissolved)
            throw new RuleViolation("council.dissolved", "The council is dissolved: its record is closed.");
    }
}

using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Councils;
using NodaTime;

namespace ConseilsCitoyens.Domain.SteeringSessions;

public sealed record RecordSteeringSession(
    Guid SessionId,
    SteeringBody Body,
    string? BodyName,
    LocalDate HeldOn,
    bool Invited,
    IReadOnlyList<Guid> RepresentativeIds,
    bool Spoke,
    bool ContributedInWriting);

public sealed record CorrectSteeringParticipation(bool Invited, IReadOnlyList<Guid> RepresentativeIds, bool Spoke, bool ContributedInWriting);

/// <summary>The council's participation in the contrat de ville's steering bodies (mission of the 2014 law, rule 12).</summary>
public static class SteeringSessionDecider
{
    /// <returns>The recorded session, then a rule 12 warning for each way the council was left out.</returns>
    public static IReadOnlyList<object> Record(Council council, RecordSteeringSession command, LocalDate today)
    {
        if (command.HeldOn < council.CreatedOn)
            throw new RuleViolation("steering.held-before-council",
                $"The council was created on {council.CreatedOn:yyyy-MM-dd}; it sat in no session before.");
        ProgrammeCalendar.NotInFuture(command.HeldOn, today, "The session date");

        var participation = Checked(council, command.HeldOn,
            SteeringParticipation.Of(command.Invited, command.RepresentativeIds, command.Spoke, command.ContributedInWriting));
        var bodyName = string.IsNullOrWhiteSpace(command.BodyName) ? null : command.BodyName.Trim();

        return
        [
            new SteeringSessionRecorded(command.SessionId, council.Id, command.Body, bodyName, command.HeldOn,
                participation.Invited, participation.RepresentativeIds, participation.Spoke, participation.ContributedInWriting),
            .. SteeringRepresentation.Check(council.Id, command.HeldOn, participation),
        ];
    }

    /// <returns>Nothing when the participation is already recorded this way (a retry).</returns>
    public static IReadOnlyList<object> Correct(SteeringSession session, Council council, CorrectSteeringParticipation command, LocalDate today)
    {
        var participation = Checked(council, session.HeldOn,
            SteeringParticipation.Of(command.Invited, command.RepresentativeIds, command.Spoke, command.ContributedInWriting));
        if (participation.SameAs(session.Participation))
            return [];

        return
        [
            new SteeringParticipationCorrected(session.Id, session.CouncilId, participation.Invited, participation.RepresentativeIds,
                participation.Spoke, participation.ContributedInWriting, today),
            .. SteeringRepresentation.Check(session.CouncilId, session.HeldOn, participation),
        ];
    }

    private static SteeringParticipation Checked(Council council, LocalDate heldOn, SteeringParticipation participation)
    {
        var strangers = participation.RepresentativeIds.Where(id => !council.IsMemberOn(id, heldOn)).ToArray();
        if (strangers.Length > 0)
            throw new RuleViolation("steering.representative-not-member",
                $"Not members of the council on {heldOn:yyyy-MM-dd}: {string.Join(", ", strangers)}.");

        // Speaking or writing for the council needs someone there to do it.
        if (participation.Spoke && !participation.Represented)
            throw new RuleViolation("steering.spoke-without-representative", "The council cannot speak at a session none of its representatives attended.");
        if (participation.ContributedInWriting && !participation.Represented)
            throw new RuleViolation("steering.contribution-without-representative",
                "A written contribution is recorded with the representatives who carried it: none was present.");
        return participation;
    }
}

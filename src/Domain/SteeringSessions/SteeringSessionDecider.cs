using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Councils;
using NodaTime;

namespace ConseilsCitoyens.Domain.SteeringSessions;

/// <summary>One council's part in a session being recorded.</summary>
public sealed record TakingPart(Guid CouncilId, bool Invited, IReadOnlyList<Guid> RepresentativeIds, bool Spoke, bool ContributedInWriting);

/// <summary>A session and the participation of every council it concerns (a copil attended by eight councils is one session).</summary>
public sealed record HoldSteeringSession(Guid SessionId, SteeringBody Body, string? BodyName, LocalDate HeldOn, IReadOnlyList<TakingPart> Participations);

/// <summary>A session concerning one council.</summary>
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

/// <summary>The councils' participation in the contrat de ville's steering bodies (mission of the 2014 law, rule 12).</summary>
public static class SteeringSessionDecider
{
    /// <returns>The session, then each council's participation followed by a rule 12 warning for each way that council was left out.</returns>
    /// <param name="councils">The councils the participations name, loaded by the caller.</param>
    public static IReadOnlyList<object> Hold(IReadOnlyList<Council> councils, HoldSteeringSession command, LocalDate today)
    {
        if (command.Participations.Count == 0)
            throw new RuleViolation("steering.no-council", "A session is recorded with the participation of at least one council.");
        if (command.Participations.GroupBy(p => p.CouncilId).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new RuleViolation("steering.council-twice", $"Council {twice.Key} is named twice: one participation per council.");
        ProgrammeCalendar.NotInFuture(command.HeldOn, today, "The session date");

        var taking = command.Participations.Select(p =>
        {
            var council = councils.Single(c => c.Id == p.CouncilId);
            if (command.HeldOn < council.CreatedOn)
                throw new RuleViolation("steering.held-before-council",
                    $"Council {council.Id} was created on {council.CreatedOn:yyyy-MM-dd}; it sat in no session before.");
            return (Council: council, Participation: Checked(council, command.HeldOn,
                SteeringParticipation.Of(p.Invited, p.RepresentativeIds, p.Spoke, p.ContributedInWriting)));
        }).ToArray();
        var bodyName = string.IsNullOrWhiteSpace(command.BodyName) ? null : command.BodyName.Trim();

        return
        [
            new SteeringSessionHeld(command.SessionId, command.Body, bodyName, command.HeldOn, taking.Select(t => t.Council.Id).ToArray()),
            .. taking.SelectMany(t => (IEnumerable<object>)
            [
                new SteeringParticipationRecorded(command.SessionId, t.Council.Id, t.Participation.Invited, t.Participation.RepresentativeIds,
                    t.Participation.Spoke, t.Participation.ContributedInWriting, command.HeldOn),
                .. SteeringRepresentation.Check(t.Council.Id, command.HeldOn, t.Participation),
            ]),
        ];
    }

    /// <summary>A session concerning one council: <see cref="Hold"/> with its participation only.</summary>
    public static IReadOnlyList<object> Record(Council council, RecordSteeringSession command, LocalDate today) =>
        Hold([council], new HoldSteeringSession(command.SessionId, command.Body, command.BodyName, command.HeldOn,
            [new TakingPart(council.Id, command.Invited, command.RepresentativeIds, command.Spoke, command.ContributedInWriting)]), today);

    /// <param name="council">The council whose participation is corrected; the session concerns it.</param>
    /// <returns>Nothing when the participation is already recorded this way (a retry).</returns>
    public static IReadOnlyList<object> Correct(SteeringSession session, Council council, CorrectSteeringParticipation command, LocalDate today)
    {
        var current = session.ParticipationOf(council.Id)
            ?? throw new RuleViolation("steering.council-not-in-session", $"The session of {session.HeldOn:yyyy-MM-dd} does not concern council {council.Id}.");
        var participation = Checked(council, session.HeldOn,
            SteeringParticipation.Of(command.Invited, command.RepresentativeIds, command.Spoke, command.ContributedInWriting));
        if (participation.SameAs(current))
            return [];

        return
        [
            new SteeringParticipationCorrected(session.Id, council.Id, participation.Invited, participation.RepresentativeIds,
                participation.Spoke, participation.ContributedInWriting, today),
            .. SteeringRepresentation.Check(council.Id, session.HeldOn, participation),
        ];
    }

    private static SteeringParticipation Checked(Council council, LocalDate heldOn, SteeringParticipation participation)
    {
        var strangers = participation.RepresentativeIds.Where(id => !council.IsMemberOn(id, heldOn)).ToArray();
        if (strangers.Length > 0)
            throw new RuleViolation("steering.representative-not-member",
                $"Not members of council {council.Id} on {heldOn:yyyy-MM-dd}: {string.Join(", ", strangers)}.");

        // Speaking or writing for the council needs someone there to do it.
        if (participation.Spoke && !participation.Represented)
            throw new RuleViolation("steering.spoke-without-representative", "The council cannot speak at a session none of its representatives attended.");
        if (participation.ContributedInWriting && !participation.Represented)
            throw new RuleViolation("steering.contribution-without-representative",
                "A written contribution is recorded with the representatives who carried it: none was present.");
        return participation;
    }
}

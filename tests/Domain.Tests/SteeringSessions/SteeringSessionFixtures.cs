using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.SteeringSessions;
using NodaTime;
using static ConseilsCitoyens.Domain.Tests.Councils.CouncilFixtures;

namespace ConseilsCitoyens.Domain.Tests.SteeringSessions;

internal static class SteeringSessionFixtures
{
    public static readonly Guid SessionId = Guid.Parse("0190c1a0-0000-7000-8000-0000000000c1");
    public static readonly Guid LateMemberId = Guid.Parse("0190c1a0-0000-7000-8000-0000000000a2");
    public static readonly LocalDate HeldOn = new(2018, 2, 12);

    /// <summary>A council with one resident from April 2017 and one local actor from March 2018.</summary>
    public static readonly Council Council = GivenCouncil(
        Created(),
        new MemberJoined(CouncilId, MemberId, College.Residents, Gender.Female, "QP999001", null, new LocalDate(2017, 4, 3)),
        new MemberJoined(CouncilId, LateMemberId, College.LocalActors, Gender.Male, null, "Association du quartier", new LocalDate(2018, 3, 1)));

    public static SteeringSession GivenSession(params object[] events) =>
        events.Aggregate((SteeringSession?)null, SteeringSession.Evolve) ?? throw new InvalidOperationException("no events");

    public static RecordSteeringSession Attended(LocalDate? heldOn = null) =>
        new(SessionId, SteeringBody.SteeringCommittee, null, heldOn ?? HeldOn, true, [MemberId], true, false);

    public static SteeringSessionRecorded Recorded(bool invited = true, Guid[]? representatives = null, bool spoke = false) =>
        new(SessionId, CouncilId, SteeringBody.SteeringCommittee, null, HeldOn, invited, representatives ?? [MemberId], spoke, false);

    public static CorrectSteeringParticipation Correction(bool invited = true, params Guid[] representatives) =>
        new(invited, representatives, false, false);
}

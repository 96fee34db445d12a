using ConseilsCitoyens.Domain.Conventions;
using ConseilsCitoyens.Domain.Indicators;
using ConseilsCitoyens.Domain.Meetings;
using static ConseilsCitoyens.Domain.Tests.Councils.CouncilFixtures;
using static ConseilsCitoyens.Domain.Tests.Indicators.IndicatorFixtures;
using ConventionState = ConseilsCitoyens.Domain.Conventions.Convention;

namespace ConseilsCitoyens.Domain.Tests.Indicators;

public class FollowingQuarters
{
    private static readonly ConventionState Convention = ConventionState.Evolve(null, new ConventionSigned(Id(2000), "Convention", ["Ville de Paris"],
        "Coordination", "convention d'objectifs", D(2016, 12, 1), D(2017, 2, 15), 2, ["Autonomie"]))!;

    private static readonly ReportFacts Activity = Facts(GivenCouncil(Created()), [
        HeldMeeting(1, D(2017, 3, 14), register: [(1, Presence.Present), (2, Presence.Absent)]),
        HeldMeeting(2, D(2018, 3, 14), register: [(1, Presence.Present), (2, Presence.Present)]),
        HeldMeeting(3, D(2018, 5, 16), register: [(1, Presence.Present), (2, Presence.Present), (3, Presence.Absent)]),
    ]) with
    {
        SteeringSessions = [Session(1, D(2017, 2, 1), represented: true), Session(2, D(2017, 3, 20), represented: false), Session(3, D(2018, 4, 3), represented: true)],
    };

    [Fact]
    public void Attendance_and_steering_representation_run_quarter_by_quarter_from_the_convention_start_to_the_date()
    {
        var quarters = QuarterlySeries.Compute(Activity, Convention, D(2018, 5, 20));

        // 2017-Q1 (from 15 February) … 2018-Q2 (to 20 May).
        Assert.Equal(["2017-Q1", "2017-Q2", "2017-Q3", "2017-Q4", "2018-Q1", "2018-Q2"], quarters.Select(q => q.Quarter));
        Assert.Equal((D(2017, 2, 15), D(2017, 3, 31)), (quarters[0].Period.From, quarters[0].Period.To));
        Assert.Equal((D(2018, 4, 1), D(2018, 5, 20)), (quarters[5].Period.From, quarters[5].Period.To));
        Assert.Equal([0.5m, null, null, null, 1m, 0.6667m], quarters.Select(q => q.AttendanceRate));
        Assert.Equal([1, 0, 0, 0, 1, 1], quarters.Select(q => q.MeetingsHeld));
        // The session of 1 February 2017 is before the convention: not counted.
        Assert.Equal([(1, 0), (0, 0), (0, 0), (0, 0), (0, 0), (1, 1)],
            quarters.Select(q => (q.SteeringSessions, q.SteeringSessionsWithRepresentative)));
    }

    [Fact]
    public void The_quarters_stop_at_the_convention_end_and_none_run_before_it_starts()
    {
        Assert.Equal(9, QuarterlySeries.Compute(Activity, Convention, D(2025, 1, 1)).Count);
        Assert.Equal(D(2019, 2, 14), QuarterlySeries.Compute(Activity, Convention, D(2025, 1, 1))[^1].Period.To);
        Assert.Empty(QuarterlySeries.Compute(Activity, Convention, D(2017, 1, 1)));
    }
}

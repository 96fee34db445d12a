using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Drawings;
using ConseilsCitoyens.Domain.Team;
using ConseilsCitoyens.Domain.Meetings;
using ConseilsCitoyens.Domain.SteeringSessions;

namespace ConseilsCitoyens.Domain.Tests.Oracle;

/// <summary>What a run's histories held, printed with its seed: the cases the property did exercise.</summary>
public sealed class Traits
{
    private readonly Dictionary<string, int> _histories = [];
    private int _runs, _events, _refused;

    public void Count(History history, Simulation simulation)
    {
        _runs++;
        _events += simulation.Log.Count;
        _refused += simulation.Refused;
        var data = simulation.Log.Select(r => r.Data).ToArray();
        var accepted = history.Steps.Except(simulation.Refusals.Select(r => r.Step)).ToArray();
        Mark("a dissolution", data.OfType<CouncilStatusChanged>().Any(s => s.Status == CouncilStatus.Dissolved));
        Mark("a substitute", data.OfType<MemberJoined>().Any(m => m.Origin == MemberOrigin.Substitute));
        Mark("departures of 3+ reasons", data.OfType<MemberLeft>().Select(m => m.Reason).Distinct().Count() >= 3);
        Mark("a register naming fewer than its council's members", data.OfType<AttendanceRecorded>()
            .Any(a => a.Register.Count < data.OfType<MemberJoined>().Count(m => m.CouncilId == a.CouncilId && m.JoinedOn <= a.HeldOn)));
        Mark("a corrected register", data.OfType<AttendanceRecorded>().GroupBy(a => a.MeetingId).Any(g => g.Count() > 1));
        Mark("a corrected steering participation", data.OfType<SteeringParticipationCorrected>().Any());
        Mark("a session shared by several councils", data.OfType<SteeringSessionHeld>().Any(s => s.CouncilIds.Count > 1));
        Mark("a cancelled meeting", data.OfType<MeetingCancelled>().Any());
        Mark("a refusal of a drawn seat", data.OfType<DrawnCandidateRefused>().Any());
        Mark("two team members on one council", data.OfType<TeamMemberAssigned>().GroupBy(a => a.CouncilId).Any(g => g.Select(a => a.FacilitatorId).Distinct().Count() > 1));
        Mark("a move to the 2024 map", data.OfType<CouncilQuartiersRemapped>().Any());
        Mark("a step recorded after a later-dated one", accepted.Where((s, i) => accepted.Take(i).Any(e => e.On > s.On)).Any());
    }

    public override string ToString() =>
        $"{_runs} histories, {(double)_events / Math.Max(1, _runs):0} events and {(double)_refused / Math.Max(1, _runs):0} refused steps each on average; with "
        + string.Join(", ", _histories.Select(h => $"{h.Key} {100.0 * h.Value / Math.Max(1, _runs):0} %"));

    private void Mark(string trait, bool present) => _histories[trait] = _histories.GetValueOrDefault(trait) + (present ? 1 : 0);
}

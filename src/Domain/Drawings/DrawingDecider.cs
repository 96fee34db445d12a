using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Councils;
using NodaTime;

namespace ConseilsCitoyens.Domain.Drawings;

public sealed record HoldDrawing(
    Guid DrawingId,
    LocalDate HeldOn,
    IReadOnlyList<DrawingList> Lists,
    string Seed,
    IReadOnlyList<Candidate> Candidates,
    DrawingSeats Seats);

public sealed record AnswerDrawing(Guid CandidateId, bool Accepted, LocalDate AnsweredOn);

/// <param name="Replaces">The member who left, whose seat is to be filled.</param>
public sealed record CallSubstitute(Guid Replaces, LocalDate CalledOn);

/// <summary>The law's rules for drawing residents by lot (DOMAIN.md §3 rules 4, 5, 11), each decided here and only here.</summary>
public static class DrawingDecider
{
    /// <returns>The held drawing, with its result computed from the seed, and any compliance warning.</returns>
    public static IReadOnlyList<object> Hold(Council council, HoldDrawing command, LocalDate today)
    {
        var seed = command.Seed.Trim();
        if (seed.Length == 0)
            throw new RuleViolation("drawing.no-seed", "A drawing is driven by a published seed.");

        var lists = command.Lists
            .Select(l => l with { Label = l.Label.Trim(), ContentHash = l.ContentHash.Trim().ToLowerInvariant() })
            .ToArray();
        var candidates = command.Candidates.Select(c => c with { List = c.List.Trim() }).ToArray();
        CheckLists(lists, candidates);
        CheckCandidates(candidates, command.Seats);
        CheckSeats(command.Seats, command.HeldOn);

        if (command.HeldOn < council.CreatedOn)
            throw new RuleViolation("drawing.before-council",
                $"The council was created on {council.CreatedOn:yyyy-MM-dd}; its residents are not drawn before.");
        ProgrammeCalendar.NotInFuture(command.HeldOn, today, "The drawing date");

        var held = new DrawingHeld(command.DrawingId, council.Id, command.HeldOn, lists, seed, candidates, command.Seats,
            DrawingByLot.Algorithm, DrawingByLot.Draw(seed, candidates));

        // Rule 4: residents are drawn "from several lists".
        IReadOnlyList<object> warnings = lists.Length < 2
            ? [Compliance.Warn(council.Id, 4, "drawing.single-list",
                "Residents are drawn from several lists (e.g. social landlords and the electoral roll); this drawing used one.",
                command.HeldOn)]
            : [];
        return [held, .. warnings];
    }

    /// <returns>The answer to append: none when the candidate already answered the same way (a retry).</returns>
    public static IReadOnlyList<object> Answer(Drawing drawing, AnswerDrawing command, LocalDate today)
    {
        var candidate = drawing.Candidates.FirstOrDefault(c => c.CandidateId == command.CandidateId)
            ?? throw new RuleViolation("drawing.unknown-candidate", $"{command.CandidateId} is not a candidate of this drawing.");

        if (drawing.AnswerOf(candidate.CandidateId) is { } previous)
        {
            if (previous.Accepted == command.Accepted && previous.AnsweredOn == command.AnsweredOn)
                return [];
            throw new RuleViolation("drawing.already-answered",
                $"Candidate {candidate.CandidateId} already {(previous.Accepted ? "accepted" : "refused")} on {previous.AnsweredOn:yyyy-MM-dd}.");
        }

        // Rule 11: substitutes answer only once refusals have moved the list down to them.
        if (!drawing.IsCalled(candidate.CandidateId, candidate.Gender))
            throw new RuleViolation("drawing.not-called",
                $"Candidate {candidate.CandidateId} is a substitute who has not been called yet.");

        if (command.AnsweredOn < drawing.HeldOn)
            throw new RuleViolation("drawing.answer-before-drawing",
                $"The drawing was held on {drawing.HeldOn:yyyy-MM-dd}; nobody answers it before.");
        ProgrammeCalendar.NotInFuture(command.AnsweredOn, today, "The answer date");

        return command.Accepted
            ? [new DrawnCandidateAccepted(drawing.Id, drawing.CouncilId, candidate.CandidateId, candidate.Gender, command.AnsweredOn)]
            : [new DrawnCandidateRefused(drawing.Id, drawing.CouncilId, candidate.CandidateId, candidate.Gender, command.AnsweredOn)];
    }

    /// <summary>Rule 11: a seat freed by a departure is offered to the next substitute of the departed member's gender.</summary>
    /// <param name="council">The drawing's council, as it stands.</param>
    /// <param name="otherDrawings">The council's other drawings: one departure is called for once.</param>
    /// <returns>None when the same departure was called for on the same day (a retry).</returns>
    public static IReadOnlyList<object> CallSubstitute(
        Drawing drawing, Council council, IEnumerable<Drawing> otherDrawings, CallSubstitute command, LocalDate today)
    {
        if (drawing.Calls.Any(c => c.Replaces == command.Replaces && c.CalledOn == command.CalledOn))
            return [];
        // A call whose list ran out no longer stands: a new drawing's substitutes may be called for that seat.
        var standing = otherDrawings.Where(d => d.Id != drawing.Id).Append(drawing).SelectMany(d => d.Calls)
            .Where(c => c.Replaces == command.Replaces && c.CandidateId is not null);
        if (standing.Any())
            throw new RuleViolation("drawing.departure-already-called", $"A substitute was already called to replace {command.Replaces}.");

        CouncilDecider.NotDissolved(council);
        var departed = council.FindMember(command.Replaces)
            ?? throw new RuleViolation("drawing.replaces-unknown-member", $"{command.Replaces} is not a member of this drawing's council.");
        if (departed.LeftOn is not { } leftOn)
            throw new RuleViolation("drawing.replaces-a-sitting-member", $"{departed.MemberId} has not left the council: their seat is not free.");
        if (departed.College != College.Residents)
            throw new RuleViolation("drawing.replaces-not-a-resident", "A drawing fills residents' seats; a local actor is replaced by their organisation.");
        if (council.Members.FirstOrDefault(m => m.Replaces == departed.MemberId) is { } replacement)
            throw new RuleViolation("drawing.departure-already-replaced", $"{departed.MemberId} was already replaced by {replacement.MemberId}.");

        if (command.CalledOn < leftOn)
            throw new RuleViolation("drawing.call-before-departure", $"{departed.MemberId} left on {leftOn:yyyy-MM-dd}: their seat is called for from that day.");
        if (command.CalledOn < drawing.HeldOn)
            throw new RuleViolation("drawing.call-before-drawing", $"The drawing was held on {drawing.HeldOn:yyyy-MM-dd}; nobody is called from it before.");
        ProgrammeCalendar.NotInFuture(command.CalledOn, today, "The call's date");

        // Parity holds: the seat goes to the next substitute of the departed member's gender.
        if (drawing.Substitutes(departed.Gender) is not [var next, ..])
            throw new RuleViolation("drawing.no-substitute-left",
                $"No {DrawingByLot.Label(departed.Gender)} substitute is left on this drawing's list: a new drawing is held.");
        return [new SubstituteCalled(drawing.Id, drawing.CouncilId, next, departed.Gender, departed.MemberId, command.CalledOn)];
    }

    private static void CheckLists(IReadOnlyList<DrawingList> lists, IReadOnlyList<Candidate> candidates)
    {
        if (lists.Count == 0)
            throw new RuleViolation("drawing.no-list", "A drawing names at least one list the candidates come from.");

        var repeated = lists.GroupBy(l => l.Label).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        if (repeated.Length > 0)
            throw new RuleViolation("drawing.duplicate-list", $"List label(s) used twice: {string.Join(", ", repeated)}.");

        foreach (var list in lists)
        {
            var drawnFrom = candidates.Count(c => c.List == list.Label);
            if (drawnFrom > list.Size)
                throw new RuleViolation("drawing.list-too-small",
                    $"{drawnFrom} candidates come from '{list.Label}', which has {list.Size} entries.");
        }

        var unknown = candidates.Select(c => c.List).Distinct().Where(l => lists.All(list => list.Label != l)).ToArray();
        if (unknown.Length > 0)
            throw new RuleViolation("drawing.unknown-list", $"Candidates come from unnamed list(s): {string.Join(", ", unknown)}.");
    }

    private static void CheckCandidates(IReadOnlyList<Candidate> candidates, DrawingSeats seats)
    {
        var repeated = candidates.GroupBy(c => c.CandidateId).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        if (repeated.Length > 0)
            throw new RuleViolation("drawing.duplicate-candidate", $"Candidate id(s) given twice: {string.Join(", ", repeated)}.");

        foreach (var gender in Drawing.Genders)
        {
            var available = candidates.Count(c => c.Gender == gender);
            if (available < seats.For(gender))
                throw new RuleViolation("drawing.not-enough-candidates",
                    $"{seats.For(gender)} {DrawingByLot.Label(gender)} seats to draw from {available} {DrawingByLot.Label(gender)} candidates.");
        }
    }

    private static void CheckSeats(DrawingSeats seats, LocalDate heldOn)
    {
        if (seats.Female < 0 || seats.Male < 0 || seats.Female + seats.Male == 0)
            throw new RuleViolation("drawing.no-seat", "A drawing fills at least one seat, and no gender has fewer than none.");

        // Rule 5: gender parity among drawn residents, until the 2024 decrees dropped the drawing.
        if (Law.On(heldOn).DrawingParityRequired && Math.Abs(seats.Female - seats.Male) > 1)
            throw new RuleViolation("drawing.parity",
                $"Until the 2024 decrees (in force from {Law.Decrees2024:yyyy-MM-dd}) a drawing respects gender parity: {seats.Female} female and {seats.Male} male seats differ by more than one.");
    }
}

using System.Collections.Immutable;
using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Meetings;
using NodaTime;

namespace ConseilsCitoyens.Domain.Indicators;

/// <summary>The held meetings of one council on one business day, tallied: what the meeting indicators read of them.</summary>
public sealed record MeetingDay(Guid CouncilId, LocalDate Day, MeetingTally Tally);

/// <summary>
/// Additive facts of some held meetings: tallies add and subtract, so a meeting's contribution can be
/// taken back when it changes. What depends on the council's membership (the members sitting but not
/// named in a register) is not here: it is read against the council's state when an indicator is computed.
/// </summary>
/// <param name="Held">Meetings per kind; kinds with none are left out.</param>
/// <param name="Registers">The attendance registers recorded, identical ones counted together, in a fixed order.</param>
public sealed record MeetingTally(
    ImmutableSortedDictionary<MeetingKind, int> Held,
    int ConvenedByMembers,
    int ChairedByMembers,
    int AgendaItems,
    int AgendaItemsByMembers,
    ImmutableArray<RegisterTally> Registers)
{
    public static readonly MeetingTally None = new(ImmutableSortedDictionary<MeetingKind, int>.Empty, 0, 0, 0, 0, []);

    // Methods rather than properties: a stored tally holds its counts only. A loop rather than Values.Sum(),
    // which allocates two enumerators: a view calls it for every day of every scope it computes.
    public int MeetingsHeld()
    {
        var held = 0;
        foreach (var (_, count) in Held)
            held = checked(held + count);
        return held;
    }

    /// <summary>One held meeting's contribution (nothing for a meeting not held).</summary>
    public static MeetingTally Of(Meeting meeting) => meeting.Status != MeetingStatus.Held || meeting.HeldOn is null
        ? None
        : new MeetingTally(
            ImmutableSortedDictionary<MeetingKind, int>.Empty.Add(meeting.Kind, 1),
            meeting.ConvenedBy.Kind == ActorKind.Member ? 1 : 0,
            meeting.ChairedBy?.Kind == ActorKind.Member ? 1 : 0,
            meeting.Agenda.Length,
            meeting.Agenda.Count(i => i.ProposedBy.Kind == ActorKind.Member),
            RegisterTally.Of(meeting.Register) is { } register ? [register] : []);

    public MeetingTally Plus(MeetingTally other) => Combine(other, 1);

    public MeetingTally Minus(MeetingTally other) => Combine(other, -1);

    private MeetingTally Combine(MeetingTally other, int sign)
    {
        var held = Held.ToBuilder();
        foreach (var (kind, count) in other.Held)
            Set(held, kind, held.GetValueOrDefault(kind) + sign * count);
        var registers = Registers.ToDictionary(r => r.Key, r => r.Meetings);
        foreach (var register in other.Registers)
            registers[register.Key] = registers.GetValueOrDefault(register.Key) + sign * register.Meetings;
        return new MeetingTally(
            held.ToImmutable(),
            Counted(ConvenedByMembers + sign * other.ConvenedByMembers),
            Counted(ChairedByMembers + sign * other.ChairedByMembers),
            Counted(AgendaItems + sign * other.AgendaItems),
            Counted(AgendaItemsByMembers + sign * other.AgendaItemsByMembers),
            [.. Registers.Concat(other.Registers).Select(r => r.Key).Distinct()
                .Select(key => RegisterTally.From(key, Counted(registers[key])))
                .Where(r => r.Meetings != 0)
                .OrderBy(r => r.Key, RegisterKey.Order)]);
    }

    private static void Set(ImmutableSortedDictionary<MeetingKind, int>.Builder held, MeetingKind kind, int count)
    {
        if (Counted(count) == 0)
            held.Remove(kind);
        else
            held[kind] = count;
    }

    // A count below zero means a contribution taken back that was never added: the tallies would lie from then on.
    private static int Counted(int count) =>
        count >= 0 ? count : throw new InvalidOperationException("A meeting tally went below zero: a contribution was removed that had not been added.");

    public bool Equals(MeetingTally? other) =>
        other is not null && Held.SequenceEqual(other.Held) && ConvenedByMembers == other.ConvenedByMembers
        && ChairedByMembers == other.ChairedByMembers && AgendaItems == other.AgendaItems
        && AgendaItemsByMembers == other.AgendaItemsByMembers && Registers.SequenceEqual(other.Registers);

    public override int GetHashCode() => HashCode.Combine(MeetingsHeld(), ConvenedByMembers, ChairedByMembers, AgendaItems, AgendaItemsByMembers, Registers.Length);
}

/// <summary>
/// Identical attendance registers, counted: the entries' presences and the members they name (sorted,
/// each once), from which the members sitting but not named are found at read time.
/// </summary>
public sealed record RegisterTally(int Present, int Excused, int Absent, ImmutableArray<Guid> Named, int Meetings)
{
    /// <summary>Null for an empty register: a meeting without one counts for no attendance.</summary>
    public static RegisterTally? Of(ImmutableArray<AttendanceEntry> register) => register.IsEmpty
        ? null
        : new RegisterTally(
            register.Count(e => e.Presence == Presence.Present),
            register.Count(e => e.Presence == Presence.Excused),
            register.Count(e => e.Presence == Presence.Absent),
            [.. register.Select(e => e.MemberId).Distinct().Order()],
            1);

    /// <summary>
    /// One of these registers read against the council's members: one sitting on the meeting's date and
    /// not named counts as absent, so a register naming only those who came does not make 100 %.
    /// </summary>
    public AttendanceTally AttendanceIn(Council council, LocalDate heldOn)
    {
        // A loop, not Count(predicate): run for every register of every scope a view computes.
        var unnamed = 0;
        foreach (var member in council.Members)
            if (member.SitsOn(heldOn) && Named.BinarySearch(member.MemberId) < 0)
                unnamed++;
        return new AttendanceTally(Present, Excused, Absent + unnamed);
    }

    internal RegisterKey Key => new(Present, Excused, Absent, Named);

    internal static RegisterTally From(RegisterKey key, int meetings) => new(key.Present, key.Excused, key.Absent, key.Named, meetings);

    public bool Equals(RegisterTally? other) => other is not null && Key.Equals(other.Key) && Meetings == other.Meetings;

    public override int GetHashCode() => HashCode.Combine(Key, Meetings);
}

/// <summary>What makes two registers identical.</summary>
internal sealed record RegisterKey(int Present, int Excused, int Absent, ImmutableArray<Guid> Named)
{
    public static readonly IComparer<RegisterKey> Order = Comparer<RegisterKey>.Create((a, b) =>
    {
        var byCounts = (a.Present, a.Excused, a.Absent).CompareTo((b.Present, b.Excused, b.Absent));
        if (byCounts != 0)
            return byCounts;
        var byLength = a.Named.Length.CompareTo(b.Named.Length);
        if (byLength != 0)
            return byLength;
        return a.Named.Zip(b.Named, (x, y) => x.CompareTo(y)).FirstOrDefault(c => c != 0);
    });

    public bool Equals(RegisterKey? other) =>
        other is not null && (Present, Excused, Absent) == (other.Present, other.Excused, other.Absent) && Named.SequenceEqual(other.Named);

    public override int GetHashCode() => Named.Aggregate(HashCode.Combine(Present, Excused, Absent), HashCode.Combine);
}

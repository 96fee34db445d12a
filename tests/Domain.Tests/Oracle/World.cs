using ConseilsCitoyens.Domain.Quartiers;
using NodaTime;

namespace ConseilsCitoyens.Domain.Tests.Oracle;

/// <summary>The fixed setting of every generated history: its quartiers, its ids, its "today".</summary>
public static class World
{
    /// <summary>Three quartiers of the 2015 map and two of the 2024 map, in two arrondissements (fictional codes).</summary>
    public static readonly (string Code, string Arrondissement, MapGeneration Generation)[] Quartiers =
    [
        ("QP999001", "75118", MapGeneration.Qpv2015), ("QP999002", "75118", MapGeneration.Qpv2015), ("QP999003", "75119", MapGeneration.Qpv2015),
        ("QN999001", "75118", MapGeneration.Qpv2024), ("QN999002", "75119", MapGeneration.Qpv2024),
    ];

    public const int Councils = 3, Facilitators = 2, Drawings = 2, Candidates = 8, Slots = 10, Meetings = 8, Items = 3, Sessions = 4, SharedSessions = 3, Proposals = 4, Interpellations = 2, Initiatives = 3,
        Supports = 2, Entries = 6, Actions = 4, Immersions = 4;

    /// <summary>Every step is recorded on this day, after all the business dates generated: late recording is the rule.</summary>
    public static readonly LocalDate Today = new(2025, 6, 30);

    public static readonly LocalDate TeamSince = new(2016, 9, 1);

    public static readonly Guid TheFacilitator = Facilitator(0);

    /// <summary>The team: the facilitator most steps name, and a second one whose assignments may overlap the first's.</summary>
    public static Guid Facilitator(int f) => Id(1, 0, f);
    public static readonly Guid ThePartner = Id(2, 0, 0);

    public static Guid Council(int c) => Id(3, c, 0);
    public static Guid Member(int c, int slot) => Id(4, c, slot);
    public static Guid Drawing(int c) => Id(5, c, 0xfff);
    public static Guid Drawing(int c, int d) => Id(5, c, d);

    /// <summary>A drawing's candidates: the first half women, the second half men.</summary>
    public static Guid Candidate(int c, int d, int i) => Id(16, c, d * Candidates + i);
    public static Guid Meeting(int c, int m) => Id(6, c, m);
    public static Guid Session(int c, int s) => Id(7, c, s);
    public static Guid SharedSession(int s) => Id(7, 0xfff, s);
    public static Guid Proposal(int c, int p) => Id(8, c, p);
    public static Guid Interpellation(int c, int i) => Id(9, c, i);
    public static Guid Initiative(int c, int i) => Id(10, c, i);
    public static Guid Support(int c, int i, int s) => Id(11, c, i * World.Supports + s);
    public static Guid Entry(int e) => Id(12, 0, e);
    public static Guid Action(int c, int a) => Id(13, c, a);
    public static Guid Priority => Id(14, 0, 0);
    public static Guid Immersion(int i) => Id(15, 0, i);
    public static Guid DiagnosticPriority(int n) => Id(17, 0, n);

    /// <param name="mask">Which quartiers of the generation, bit by bit.</param>
    /// <summary>The public holidays the programme's calendar knows (a few, fixed), as reports read them.</summary>
    public static readonly IReadOnlyList<LocalDate> Holidays =
    [
        .. Enumerable.Range(2017, 4).SelectMany(y => new[] { new LocalDate(y, 1, 1), new LocalDate(y, 5, 1), new LocalDate(y, 7, 14), new LocalDate(y, 11, 11), new LocalDate(y, 12, 25) }),
    ];

    public static string[] QuartierCodes(MapGeneration generation, int mask) =>
        Quartiers.Where(q => q.Generation == generation).Where((_, i) => (mask & (1 << i)) != 0).Select(q => q.Code).ToArray();

    private static Guid Id(int kind, int a, int b) => new($"0190c1a0-{kind:x4}-7000-8{a:x3}-{b:x12}");
}

using System.Security.Cryptography;
using System.Text;
using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Drawings;
using NodaTime;
using static ConseilsCitoyens.Domain.Tests.Councils.CouncilFixtures;

namespace ConseilsCitoyens.Domain.Tests.Drawings;

internal static class DrawingFixtures
{
    public static readonly Guid DrawingId = Guid.Parse("0190c1a0-0000-7000-8000-0000000d0001");
    public static readonly LocalDate HeldOn = new(2018, 5, 12);
    public const string Seed = "Tirage public du 12 mai 2018 : 4 8 15 16 23 42";
    public static readonly Council TheCouncil = GivenCouncil(Created());

    public static readonly DrawingList Landlords = new(ListKind.SocialLandlords, "Bailleurs sociaux (fictif)", Fingerprint("bailleurs"), 120);
    public static readonly DrawingList ElectoralRoll = new(ListKind.ElectoralRoll, "Liste électorale (fictive)", Fingerprint("electeurs"), 900);

    public static Guid Woman(int n) => Guid.Parse($"0190c1a0-0000-7000-8000-0000000f{n:x4}");
    public static Guid Man(int n) => Guid.Parse($"0190c1a0-0000-7000-8000-0000000a{n:x4}");

    /// <summary>Eight women and eight men, alternately from the social landlords' list and the electoral roll.</summary>
    public static IReadOnlyList<Candidate> Candidates(int perGender = 8) =>
    [
        .. Enumerable.Range(1, perGender).Select(n => new Candidate(Woman(n), Gender.Female, ListOf(n).Label)),
        .. Enumerable.Range(1, perGender).Select(n => new Candidate(Man(n), Gender.Male, ListOf(n).Label)),
    ];

    public static HoldDrawing Hold(int female = 3, int male = 3, LocalDate? on = null) =>
        new(DrawingId, on ?? HeldOn, [Landlords, ElectoralRoll], Seed, Candidates(), new DrawingSeats(female, male));

    public static Drawing GivenDrawing(params object[] events) =>
        events.Aggregate((Drawing?)null, Drawing.Evolve) ?? throw new InvalidOperationException("no events");

    public static Drawing GivenHeld(int female = 3, int male = 3) => GivenDrawing([.. DrawingDecider.Hold(TheCouncil, Hold(female, male), Today)]);

    public static AnswerDrawing Accepts(Guid candidate) => new(candidate, true, HeldOn.PlusDays(10));

    public static AnswerDrawing Refuses(Guid candidate) => new(candidate, false, HeldOn.PlusDays(10));

    public static string Fingerprint(string content) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));

    private static DrawingList ListOf(int n) => n % 2 == 1 ? Landlords : ElectoralRoll;
}

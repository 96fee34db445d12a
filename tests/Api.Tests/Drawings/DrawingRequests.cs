using static ConseilsCitoyens.Api.Tests.Scenarios;
using static ConseilsCitoyens.Api.Tests.Drawings.DrawingRequests;

namespace ConseilsCitoyens.Api.Tests.Drawings;

/// <summary>Drawing requests shared by the API tests: pseudonymous candidates from fictional lists.</summary>
public static class DrawingRequests
{
    public static readonly Guid DrawingId = Guid.Parse("0190c1a0-0000-7000-8000-0000000d0001");
    public const string Seed = "Tirage public du 12 mai 2018 : 4 8 15 16 23 42";
    public static readonly string DrawingUrl = $"/drawings/{DrawingId}";
    public static string DrawingsOf(Guid councilId) => $"/councils/{councilId}/drawings";

    public static Guid Woman(int n) => Guid.Parse($"0190c1a0-0000-7000-8000-0000000f{n:x4}");
    public static Guid Man(int n) => Guid.Parse($"0190c1a0-0000-7000-8000-0000000a{n:x4}");

    private static readonly object[] TwoLists =
    [
        new { kind = "socialLandlords", label = "Bailleurs sociaux (fictif)", contentHash = new string('a', 64), size = 120 },
        new { kind = "electoralRoll", label = "Liste électorale (fictive)", contentHash = new string('b', 64), size = 900 },
    ];

    public static object Drawing(int female = 2, int male = 2, int perGender = 4, bool singleList = false, string seed = Seed,
        string heldOn = "2018-05-12", Guid? id = null) => new
    {
        id = id ?? DrawingId,
        heldOn,
        seed,
        lists = singleList ? TwoLists[..1] : TwoLists,
        candidates = Enumerable.Range(1, perGender)
            .SelectMany(n => new[] { (Id: Woman(n), Gender: "female", N: n), (Id: Man(n), Gender: "male", N: n) })
            .Select(c => new
            {
                candidateId = c.Id,
                gender = c.Gender,
                list = singleList || c.N % 2 == 1 ? "Bailleurs sociaux (fictif)" : "Liste électorale (fictive)",
            })
            .ToArray(),
        seats = new { female, male },
    };

    public static object Answer(Guid candidateId, bool accepted, string answeredOn = "2018-05-20") =>
        new { candidateId, accepted, answeredOn };
}

/// <summary>Drawing tests start from a council on a fictional quartier.</summary>
public abstract class DrawingTest(ApiFixture fixture) : ApiTest(fixture)
{
    protected async Task GivenACouncil()
    {
        await Post("/quartiers", Quartier());
        await Post("/councils", Council());
    }

    protected async Task<System.Text.Json.JsonElement> GivenADrawing(object drawing)
    {
        await GivenACouncil();
        var held = await Post(DrawingsOf(CouncilId), drawing);
        Assert.Equal(System.Net.HttpStatusCode.Created, held.Status);
        return held.Json;
    }

    protected async Task<long> EventCount()
    {
        await using var session = Fixture.Store.QuerySession(ApiFixture.City);
        return await Marten.QueryableExtensions.CountAsync(session.Events.QueryAllRawEvents());
    }
}

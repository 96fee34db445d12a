using System.Net;
using ConseilsCitoyens.Domain.Drawings;
using static ConseilsCitoyens.Api.Tests.Drawings.DrawingRequests;

namespace ConseilsCitoyens.Api.Tests.Drawings;

public class VerifyingDrawings(ApiFixture fixture) : DrawingTest(fixture)
{
    private static readonly string VerificationUrl = $"{DrawingUrl}/verification";

    [Fact]
    public async Task A_held_drawing_is_reproducible_from_the_seed_and_candidates_in_the_event_log()
    {
        var held = await GivenADrawing(Drawing());

        var verification = await Get(VerificationUrl);

        Assert.Equal(HttpStatusCode.OK, verification.Status);
        Assert.True(verification.Json.GetProperty("reproducible").GetBoolean());
        Assert.Equal(held.GetProperty("result").ToString(), verification.Json.GetProperty("recorded").ToString());
        Assert.Equal(held.GetProperty("result").ToString(), verification.Json.GetProperty("recomputed").ToString());
        Assert.Equal(Seed, verification.Json.GetProperty("seed").GetString());
    }

    [Fact]
    public async Task A_result_that_does_not_follow_from_its_seed_is_reported_as_not_reproducible()
    {
        await GivenADrawing(Drawing());
        // A record written by hand, as a forger would: another seed than the one that made the result.
        await using (var session = Fixture.Store.LightweightSession(ApiFixture.City))
        {
            var real = (DrawingHeld)(await session.Events.FetchStreamAsync(DrawingId))[0].Data;
            session.Events.StartStream<Drawing>(Guid.Parse("0190c1a0-0000-7000-8000-0000000d0002"), real with
            {
                DrawingId = Guid.Parse("0190c1a0-0000-7000-8000-0000000d0002"),
                Seed = "un autre tirage",
            });
            await session.SaveChangesAsync();
        }

        var verification = await Get("/drawings/0190c1a0-0000-7000-8000-0000000d0002/verification");

        Assert.False(verification.Json.GetProperty("reproducible").GetBoolean());
        Assert.NotEqual(verification.Json.GetProperty("recorded").ToString(), verification.Json.GetProperty("recomputed").ToString());
    }

    [Fact]
    public async Task Verifying_an_unknown_drawing_is_not_found() =>
        Assert.Equal(HttpStatusCode.NotFound, (await Get($"/drawings/{Guid.NewGuid()}/verification")).Status);
}

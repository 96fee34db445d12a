namespace ConseilsCitoyens.Api.Tests;

/// <summary>An API test that checks a refusal wrote nothing by counting every event of the store.</summary>
public abstract class EventCountingTest(ApiFixture fixture) : ApiTest(fixture)
{
    protected async Task<long> CountEvents()
    {
        await using var session = Fixture.Store.QuerySession(ApiFixture.City);
        return await Marten.QueryableExtensions.CountAsync(session.Events.QueryAllRawEvents());
    }
}

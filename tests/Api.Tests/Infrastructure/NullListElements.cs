using System.Net;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Infrastructure;

/// <summary>
/// A list of objects in a request may hold a JSON null (nullable annotations do not reach a list's
/// elements): it is refused as a bad request, never read as an object.
/// </summary>
public class NullListElements(ApiFixture fixture) : EventCountingTest(fixture)
{
    [Theory]
    [InlineData("/steering-sessions",
        """{"body":"steeringCommittee","heldOn":"2018-02-12","participations":[null]}""", "participations[0]")]
    [InlineData("/quartiers/QP999001/diagnostic/versions",
        """{"publishedOn":"2017-06-01","findings":["Constat"],"priorities":[null]}""", "priorities[0]")]
    [InlineData("/councils/0190c1a0-0000-7000-8000-000000000001/drawings",
        """{"heldOn":"2018-05-12","seed":"Tirage","lists":[null],"candidates":[null],"seats":{"female":0,"male":0}}""", "lists[0]")]
    public async Task A_null_element_in_a_list_of_objects_is_a_bad_request(string url, string json, string field)
    {
        await Post("/quartiers", Quartier());
        await Post("/councils", Council());
        var before = await CountEvents();

        var answer = await Send(HttpMethod.Post, url, json);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("request.invalid", answer.ProblemCode);
        Assert.True(answer.Json.GetProperty("errors").TryGetProperty(field, out _), answer.Body);
        Assert.Equal(before, await CountEvents());
    }
}

using System.Net;

namespace ConseilsCitoyens.Api.Tests.Infrastructure;

/// <summary>Query strings are read as strictly as bodies: an unknown parameter or a value out of its shape is a 400 naming it.</summary>
public class RefusingBadQueries(ApiFixture fixture) : ApiTest(fixture)
{
    [Theory]
    [InlineData("/audit/events?streamId=0190c1a0-0000-7000-8000-000000000001", "streamId")]
    [InlineData("/team?on=2018-01-01", "on")]
    [InlineData("/report?year=2018&asof=2018-06-30", "asof")]
    [InlineData("/report?year=2018&open=maybe", "open")]
    [InlineData("/report?year=18", "year")]
    [InlineData("/report?quarter=2018-Q5", "quarter")]
    [InlineData("/partners?arrondissement=%3Cscript%3E", "arrondissement")]
    [InlineData("/audit/events?limit=0", "limit")]
    [InlineData("/audit/events?stream=a&stream=b", "stream")]
    [InlineData("/councils/0190c1a0-0000-7000-8000-000000000001?asOf=2018-06-30T00:00:00Z", "asOf")]
    public async Task A_query_parameter_the_endpoint_does_not_read_or_a_malformed_value_is_a_400_naming_it(string url, string parameter)
    {
        var answer = await Get(url);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("request.malformed", answer.ProblemCode);
        Assert.True(answer.Json.GetProperty("errors").TryGetProperty(parameter, out _), answer.Body);
    }

    [Theory]
    [InlineData("/report?year=2018&open=true")]
    [InlineData("/report?quarter=2018-Q2&asOf=2018-06-30")]
    [InlineData("/audit/events?type=MemberJoined&type=CouncilCreated&limit=10")]
    [InlineData("/report?year=2018&arrondissement=")]
    public async Task Well_formed_queries_pass(string url)
    {
        var answer = await Get(url);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
    }
}

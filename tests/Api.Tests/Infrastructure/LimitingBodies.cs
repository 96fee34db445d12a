using System.Net;
using System.Text;

namespace ConseilsCitoyens.Api.Tests.Infrastructure;

/// <summary>Commands are small: 1 MB at most, the QPV list import 10 MB.</summary>
public class LimitingBodies(ApiFixture fixture) : ApiTest(fixture)
{
    private async Task<HttpResponseMessage> PostBytes(string url, int size)
    {
        using var client = Fixture.Client();
        return await client.PostAsync(url, new ByteArrayContent(Encoding.UTF8.GetBytes(new string(' ', size)))
        {
            Headers = { { "Content-Type", "application/json" } },
        });
    }

    [Fact]
    public async Task A_command_over_one_megabyte_is_a_413_problem()
    {
        using var answer = await PostBytes("/councils", 1024 * 1024 + 1);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_qpv_import_accepts_a_larger_file_but_not_over_ten_megabytes()
    {
        using var large = await PostBytes("/quartiers/imports?generation=qpv2015&validFrom=2015-01-01", 2 * 1024 * 1024);
        using var tooLarge = await PostBytes("/quartiers/imports?generation=qpv2015&validFrom=2015-01-01", 10 * 1024 * 1024 + 1);

        Assert.NotEqual(HttpStatusCode.RequestEntityTooLarge, large.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
    }
}

using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ConseilsCitoyens.Api.Tests.Infrastructure;

/// <summary>Only a token of this API's issuer, for its audience, signed with its key and still valid gets in.</summary>
public class AuthenticatingCallers(ApiFixture fixture) : ApiTest(fixture)
{
    private IConfiguration Configuration => Fixture.Host.Services.GetRequiredService<IConfiguration>();

    private Task<Answer> GetWith(string token) =>
        SendWith(HttpMethod.Get, "/team", null, null, null, "Bearer " + token);

    [Fact]
    public async Task A_valid_token_gets_in()
    {
        var answer = await GetWith(TestTokens.Mint(Configuration, "sponsor", "sponsor-1"));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
    }

    public static TheoryData<string> BrokenTokens => ["expired", "wrong signature", "wrong issuer", "wrong audience", "garbage"];

    [Theory]
    [MemberData(nameof(BrokenTokens))]
    public async Task A_broken_token_is_a_401_problem(string broken)
    {
        var token = broken switch
        {
            "expired" => TestTokens.Mint(Configuration, "administrator", "a", expires: DateTime.UtcNow.AddMinutes(-5)),
            "wrong signature" => TestTokens.Mint(Configuration, "administrator", "a", signingKey: "another-key-of-at-least-thirty-two-bytes-0000"),
            "wrong issuer" => TestTokens.Mint(Configuration, "administrator", "a", issuer: "someone-else"),
            "wrong audience" => TestTokens.Mint(Configuration, "administrator", "a", audience: "another-api"),
            _ => "not.a.token",
        };

        var answer = await GetWith(token);

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.Equal("application/problem+json", answer.ContentType);
    }

    [Fact]
    public async Task No_token_is_a_401_problem()
    {
        var answer = await Get("/team", role: Anonymous);

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.Equal("application/problem+json", answer.ContentType);
    }
}

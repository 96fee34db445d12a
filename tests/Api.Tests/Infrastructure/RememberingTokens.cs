using System.Security.Claims;
using System.Text;
using ConseilsCitoyens.Api.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ConseilsCitoyens.Api.Tests.Infrastructure;

/// <summary>
/// A token validated once is answered from memory until it expires (plus the clock skew), with claims
/// of its own for every request; a token refused is refused every time; an expired one is validated
/// again, and refused.
/// </summary>
public class RememberingTokens
{
    private static readonly SymmetricSecurityKey Key = new(Encoding.UTF8.GetBytes("a-signing-key-of-at-least-thirty-two-bytes-000"));
    private static readonly DateTime Start = DateTime.UtcNow;

    private sealed class Clock : TimeProvider
    {
        public DateTime Now { get; set; } = Start;
        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static readonly Clock Time = new();

    // The test's clock decides the lifetime, as the system clock does in the API.
    private static TokenValidationParameters Parameters() => new()
    {
        ValidIssuer = "issuer", ValidAudience = "audience", IssuerSigningKey = Key,
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256], RequireExpirationTime = true, ClockSkew = TimeSpan.FromSeconds(30),
        LifetimeValidator = (_, expires, _, parameters) => Time.Now < expires + parameters.ClockSkew,
    };

    private static string Token(SecurityKey key, TimeSpan lifetime) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = "issuer", Audience = "audience",
        Subject = new ClaimsIdentity([new Claim("sub", "caller-1"), new Claim("role", "coordinator")]),
        IssuedAt = Start.AddMinutes(-1), NotBefore = Start.AddMinutes(-1), Expires = Start + lifetime,
        SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
    });

    [Fact]
    public async Task A_valid_token_is_answered_again_with_its_own_copy_of_the_claims_until_it_expires()
    {
        Time.Now = Start;
        var handler = new RememberedTokens(Time);
        var token = Token(Key, TimeSpan.FromMinutes(10));

        var first = await handler.ValidateTokenAsync(token, Parameters());
        Time.Now = Start.AddMinutes(10).AddSeconds(29);
        var again = await handler.ValidateTokenAsync(token, Parameters());
        Time.Now = Start.AddMinutes(10).AddSeconds(31);
        var expired = await handler.ValidateTokenAsync(token, Parameters());

        Assert.True(first.IsValid);
        Assert.True(again.IsValid);
        Assert.NotSame(first.ClaimsIdentity, again.ClaimsIdentity);
        Assert.Equal(first.ClaimsIdentity.Claims.Select(c => (c.Type, c.Value)), again.ClaimsIdentity.Claims.Select(c => (c.Type, c.Value)));
        Assert.Equal("caller-1", again.ClaimsIdentity.FindFirst("sub")?.Value);
        Assert.Same(first.SecurityToken, again.SecurityToken);
        Assert.False(expired.IsValid);
    }

    [Fact]
    public async Task A_claim_added_to_one_request_does_not_reach_the_next()
    {
        Time.Now = Start;
        var handler = new RememberedTokens(Time);
        var token = Token(Key, TimeSpan.FromMinutes(10));

        // The first answer validates, the next ones are remembered: a claim added to any stays in it.
        (await handler.ValidateTokenAsync(token, Parameters())).ClaimsIdentity.AddClaim(new Claim("role", "administrator"));
        (await handler.ValidateTokenAsync(token, Parameters())).ClaimsIdentity.AddClaim(new Claim("role", "administrator"));
        var next = await handler.ValidateTokenAsync(token, Parameters());

        Assert.Equal(["coordinator"], next.ClaimsIdentity.FindAll("role").Select(c => c.Value));
    }

    [Fact]
    public async Task A_token_refused_once_is_refused_again()
    {
        Time.Now = Start;
        var handler = new RememberedTokens(Time);
        var forged = Token(new SymmetricSecurityKey(Encoding.UTF8.GetBytes("another-key-of-at-least-thirty-two-bytes-0000")), TimeSpan.FromMinutes(10));

        Assert.False((await handler.ValidateTokenAsync(forged, Parameters())).IsValid);
        Assert.False((await handler.ValidateTokenAsync(forged, Parameters())).IsValid);
    }
}

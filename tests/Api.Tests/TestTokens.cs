using System.Security.Claims;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ConseilsCitoyens.Api.Tests;

/// <summary>Tokens minted by the tests themselves, valid or broken on purpose.</summary>
public static class TestTokens
{
    public static string Mint(IConfiguration configuration, string role, string subject,
        DateTime? expires = null, string? issuer = null, string? audience = null, string? signingKey = null, string? city = null)
    {
        var until = expires ?? DateTime.UtcNow.AddHours(1);
        var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey ?? configuration["Auth:SigningKey"]!));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? configuration["Auth:Issuer"],
            Audience = audience ?? configuration["Auth:Audience"],
            Subject = new ClaimsIdentity(city is null
                ? [new Claim("sub", subject), new Claim("role", role)]
                : [new Claim("sub", subject), new Claim("role", role), new Claim("city", city)]),
            IssuedAt = until.AddHours(-2),
            NotBefore = until.AddHours(-2),
            Expires = until,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }
}

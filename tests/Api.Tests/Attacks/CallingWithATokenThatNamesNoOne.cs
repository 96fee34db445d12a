using System.Net;
using System.Security.Claims;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Attacks;

/// <summary>A validly signed token without <c>sub</c> would write as "anonymous": refused, 401, nothing written.</summary>
public class CallingWithATokenThatNamesNoOne(ApiFixture fixture) : AttackTest(fixture)
{
    private string TokenWithoutSubject()
    {
        var configuration = Fixture.Host.Services.GetRequiredService<IConfiguration>();
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = configuration["Auth:Issuer"],
            Audience = configuration["Auth:Audience"],
            Subject = new ClaimsIdentity([new Claim("role", "administrator")]),
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes(configuration["Auth:SigningKey"]!)), SecurityAlgorithms.HmacSha256),
        });
    }

    [Fact]
    public async Task Its_writes_and_reads_are_refused_with_401()
    {
        var before = await CountEvents();

        var write = await Raw(HttpMethod.Post, "/quartiers", Quartier(), "Bearer " + TokenWithoutSubject());
        var read = await Raw(HttpMethod.Get, "/team", null, "Bearer " + TokenWithoutSubject());

        Assert.Equal(HttpStatusCode.Unauthorized, write.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, read.Status);
        Assert.Equal(before, await CountEvents());
    }
}

using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ConseilsCitoyens.Bench;

/// <summary>HS256 bearer tokens signed with the key the bench gave the API (one subject per client,
/// so that each client is its own caller for the rate limiter and the audit trail).</summary>
internal sealed class Tokens(string key, string issuer, string audience)
{
    public string Mint(string subject, string role = "administrator")
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new { alg = "HS256", typ = "JWT" }));
        var payload = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new
        {
            iss = issuer, aud = audience, sub = subject, role, iat = now, nbf = now, exp = now + 3600,
        }));
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.ASCII.GetBytes($"{header}.{payload}"));
        return $"{header}.{payload}.{Base64Url(signature)}";
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

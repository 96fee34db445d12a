using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ConseilsCitoyens.Api.Infrastructure;

/// <summary>
/// A bearer token once validated is not validated again until it expires: a client presents the same
/// token on every request, and reading it, checking its signature and building its claims was a
/// quarter of what a one-document read allocated. Only a valid token is remembered, keyed by its
/// whole text (signature included), until its expiry plus the allowed clock skew; every request gets
/// its own copy of the claims. What makes a token valid (issuer, audience, key, algorithm) is set
/// once at start (<see cref="Authentication"/>), so a remembered answer is the answer.
/// </summary>
internal sealed class RememberedTokens(TimeProvider time) : JsonWebTokenHandler
{
    // Distinct valid tokens in use at once; past it the memory starts again (bounded, never wrong).
    private const int Capacity = 10_000;
    private readonly ConcurrentDictionary<string, Remembered> validated = new(StringComparer.Ordinal);

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        if (validated.TryGetValue(token, out var remembered))
        {
            if (time.GetUtcNow().UtcDateTime < remembered.Until)
                return remembered.Answer();
            validated.TryRemove(token, out _);
        }
        var result = await base.ValidateTokenAsync(token, validationParameters);
        if (result is { IsValid: true, ClaimsIdentity: { } identity, SecurityToken: { } validToken })
        {
            if (validated.Count >= Capacity)
                validated.Clear();
            validated[token] = new Remembered(identity.Clone(), validToken, validToken.ValidTo + validationParameters.ClockSkew);
        }
        return result;
    }

    private sealed record Remembered(ClaimsIdentity Identity, SecurityToken Token, DateTime Until)
    {
        public TokenValidationResult Answer() => new() { IsValid = true, ClaimsIdentity = Identity.Clone(), SecurityToken = Token };
    }
}
